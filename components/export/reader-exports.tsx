"use client";
/**
 * The reader's export links: the Markdown study sheet (with the Chinese version chosen on the page),
 * the W3C JSON-LD of the notes, and printing (a clean bilingual page, see the print stylesheet).
 */
import type { MouseEvent } from "react";
// The print stylesheet comes with the reader, not with the notes for printing (which load only when there are notes).
import "./print.css";

export function ReaderExports({
  documentSlug,
  labels,
}: {
  documentSlug: string;
  labels: { exports: string; markdown: string; jsonLd: string; print: string };
}) {
  const base = `/api/documents/${encodeURIComponent(documentSlug)}`;
  // The version is a radio button on the page: read it when the link is followed.
  const withVersion = (event: MouseEvent<HTMLAnchorElement>) => {
    const version = document.querySelector<HTMLInputElement>('input[name="version"]:checked')?.value;
    event.currentTarget.href = `${base}/export.md${version ? `?version=${encodeURIComponent(version)}` : ""}`;
  };
  return (
    <p className="reader-exports">
      {labels.exports}{" "}
      <a href={`${base}/export.md`} onClick={withVersion} download={`${documentSlug}-study-sheet.md`}>
        {labels.markdown}
      </a>{" "}
      · <a href={`${base}/annotations.jsonld`}>{labels.jsonLd}</a> ·{" "}
      <button type="button" className="link-button" onClick={() => window.print()}>
        {labels.print}
      </button>
    </p>
  );
}
