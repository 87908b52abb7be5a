"use client";
/**
 * The text's paragraphs, each one's rows set as its inner HTML (reader-rows.ts says why). A client
 * component so that the RSC payload carries the rows as data, once, rather than their markup: the
 * server renders the HTML from the data, and the browser builds the same strings when it hydrates,
 * which React compares and leaves alone. Rendered once: the reader's server component never changes
 * its props while the page is open, so the layers' changes to the rows stay.
 *
 * A long text's page holds only its first paragraphs' rows (`inPage`); the others are empty
 * sections, sized by their number of sentences (reader.css), until this component fills them from
 * the same data in a layout effect, before any layer's effect looks at the rows. On a 1,000-sentence
 * text the browser otherwise spent most of a second parsing, styling and laying out rows nobody sees
 * yet before it could hydrate (BENCHMARKS.md, "The big document, its rows after the first screens").
 */
import { useLayoutEffect, useMemo, useRef } from "react";
import { rowHtml, type RowContext, type RowData } from "./reader-rows";

export interface ParagraphData {
  /** The paragraph's number in the text (`data-paragraph`). */
  number: number;
  rows: RowData[];
}

const paragraphHtml = (paragraph: ParagraphData, context: RowContext) => paragraph.rows.map((row) => rowHtml(row, context)).join("");

export function ReaderParagraphs({
  paragraphs,
  context,
  inPage = paragraphs.length,
}: {
  paragraphs: ParagraphData[];
  context: RowContext;
  /** How many paragraphs, from the first, the page's HTML holds; the rest are filled in by the browser. */
  inPage?: number;
}) {
  const html = useMemo(
    () => paragraphs.slice(0, inPage).map((paragraph) => paragraphHtml(paragraph, context)),
    [paragraphs, context, inPage],
  );
  const sections = useRef<(HTMLElement | null)[]>([]);
  const filled = useRef(false);
  useLayoutEffect(() => {
    if (filled.current) return;
    filled.current = true;
    for (let i = inPage; i < paragraphs.length; i++) {
      const section = sections.current[i];
      if (section) section.innerHTML = paragraphHtml(paragraphs[i]!, context);
    }
  }, [paragraphs, context, inPage]);
  return paragraphs.map((paragraph, i) => (
    <section
      className="paragraph"
      key={paragraph.rows[0]!.id}
      ref={(element) => {
        sections.current[i] = element;
      }}
      data-paragraph={paragraph.number}
      style={{ "--sentences": paragraph.rows.length } as React.CSSProperties}
      // The same string on the server and in the browser's first render; an empty one for a section
      // filled later, which React, comparing strings, then leaves to its filled rows.
      dangerouslySetInnerHTML={{ __html: html[i] ?? "" }}
    />
  ));
}
