/**
 * The reader's export links: the Markdown study sheet (with the Chinese version chosen on the page),
 * the W3C JSON-LD of the notes, and printing (a clean bilingual page, see the print stylesheet).
 * Rendered on the server: the page's script (reader-interactions.tsx) gives the study sheet the
 * version chosen when the link is followed, and makes Print print.
 */
// The print stylesheet comes with the reader, not with the notes for printing (which load only when there are notes).
import "./print.css";

/** Where a document's exports are served (app/api/documents/[slug]/…). */
const exportsBase = (documentSlug: string) => `/api/documents/${encodeURIComponent(documentSlug)}`;

/** The Markdown study sheet: the whole text in both languages with the reader's visible notes. */
export const studySheetHref = (documentSlug: string) => `${exportsBase(documentSlug)}/export.md`;

export function ReaderExports({
  documentSlug,
  labels,
}: {
  documentSlug: string;
  labels: { exports: string; markdown: string; jsonLd: string; print: string };
}) {
  return (
    <p className="reader-exports">
      {labels.exports}{" "}
      <a href={studySheetHref(documentSlug)} data-export-markdown download={`${documentSlug}-study-sheet.md`}>
        {labels.markdown}
      </a>{" "}
      · <a href={`${exportsBase(documentSlug)}/annotations.jsonld`}>{labels.jsonLd}</a> ·{" "}
      <button type="button" className="link-button" data-print>
        {labels.print}
      </button>
    </p>
  );
}
