/**
 * One sentence's margin, rendered on the server with every button it can hold: ⇄ (compare), the
 * note count, + (write a note) and read aloud, in that order, the order they are shown in. It is
 * HTML written as a string, as the rest of the row is (reader-rows.ts).
 *
 * The layers do not render into the margins (a React portal per margin cost about 300 ms of
 * listener setup on a 1,000-sentence page, BENCHMARKS.md): they fill in what is personal
 * (components/annotations/use-margin-buttons.ts) and handle clicks from one listener each. The count
 * starts hidden, + shows only to a signed-in reader, and ⇄ only with scripts on (annotations.css).
 * Pure: the browser builds the same HTML when it hydrates the rows (reader-paragraphs.tsx).
 */
import { element } from "./html-element";

/** The margin's labels in the interface's language (margin-labels.ts), as strings: they travel to the browser with the rows. */
export interface MarginLabels {
  compareSentence: string;
  /** With `MARGIN_NUMBER` where the sentence's number goes. */
  compareSentenceNumber: string;
  writeNote: string;
  writeNoteShortcut: string;
  readAloud: string;
}

export const MARGIN_NUMBER = "{number}";

// Each ⇄ names its sentence: a screen reader's list of buttons tells them apart.
const compareLabel = (number: number | null, labels: MarginLabels) =>
  number === null ? labels.compareSentence : labels.compareSentenceNumber.replace(MARGIN_NUMBER, String(number));

export function sentenceMarginHtml(segmentId: string, number: number | null, labels: MarginLabels): string {
  const compare = compareLabel(number, labels);
  return element(
    "span",
    { class: "margin", "data-margin": segmentId },
    element(
      "button",
      { type: "button", class: "margin-compare", "data-open-compare": segmentId, "aria-label": compare, title: compare },
      "⇄",
    ) +
      // Read after the sentence (its aria-describedby): how many notes it has.
      element("span", { id: `notes-of-${segmentId}`, hidden: true }) +
      element("button", { type: "button", class: "margin-count", hidden: true }) +
      element("button", { type: "button", class: "margin-add", "aria-label": labels.writeNote, title: labels.writeNoteShortcut }, "+") +
      // Read aloud: its code loads when it is first pressed (reading-aids-layer.tsx).
      element("button", {
        type: "button",
        class: "margin-speak",
        "data-read-aloud": "true",
        "aria-pressed": "false",
        "aria-label": labels.readAloud,
        title: labels.readAloud,
      }),
  );
}
