"use client";
/**
 * The text's paragraphs, each one's rows set as its inner HTML (reader-rows.ts says why). A client
 * component so that the RSC payload carries the rows as data, once, rather than their markup: the
 * server renders the HTML from the data, and the browser builds the same strings when it hydrates,
 * which React compares and leaves alone. Rendered once: the reader's server component never changes
 * its props while the page is open, so the layers' changes to the rows stay.
 */
import { useMemo } from "react";
import { rowHtml, type RowContext, type RowData } from "./reader-rows";

export interface ParagraphData {
  /** The paragraph's number in the text (`data-paragraph`). */
  number: number;
  rows: RowData[];
}

export function ReaderParagraphs({ paragraphs, context }: { paragraphs: ParagraphData[]; context: RowContext }) {
  const html = useMemo(() => paragraphs.map((p) => p.rows.map((row) => rowHtml(row, context)).join("")), [paragraphs, context]);
  return paragraphs.map((paragraph, i) => (
    <section
      className="paragraph"
      key={paragraph.rows[0]!.id}
      data-paragraph={paragraph.number}
      style={{ "--sentences": paragraph.rows.length } as React.CSSProperties}
      dangerouslySetInnerHTML={{ __html: html[i]! }}
    />
  ));
}
