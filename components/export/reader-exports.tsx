/**
 * The reader's export links: the Markdown study sheet (with the Chinese version chosen on the page),
 * the W3C JSON-LD of the notes, and printing (a clean bilingual page, see the print stylesheet).
 * Rendered on the server: the page's script (reader-interactions.tsx) gives the study sheet the
 * version chosen when the link is followed, and makes Print print.
 */
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
  return (
    <p className="reader-exports">
      {labels.exports}{" "}
      <a href={`${base}/export.md`} data-export-markdown download={`${documentSlug}-study-sheet.md`}>
        {labels.markdown}
      </a>{" "}
      · <a href={`${base}/annotations.jsonld`}>{labels.jsonLd}</a> ·{" "}
      <button type="button" className="link-button" data-print>
        {labels.print}
      </button>
    </p>
  );
}
