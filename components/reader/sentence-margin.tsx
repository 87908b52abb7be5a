/**
 * One sentence's margin, rendered on the server with every button it can hold: ⇄ (compare), the
 * note count, + (write a note) and read aloud, in that order, the order they are shown in.
 *
 * The layers do not render into the margins (a React portal per margin cost about 300 ms of
 * listener setup on a 1,000-sentence page, BENCHMARKS.md): they fill in what is personal
 * (components/annotations/use-margin-buttons.ts) and handle clicks from one listener each. The count
 * starts hidden, + shows only to a signed-in reader, and ⇄ only with scripts on (annotations.css).
 */
import { getTranslations } from "next-intl/server";

export async function marginLabelsOf() {
  const compare = await getTranslations("Compare");
  const notes = await getTranslations("Annotations");
  const aids = await getTranslations("ReadingAids");
  return {
    // Each ⇄ names its sentence: a screen reader's list of buttons tells them apart.
    compare: (number: number | null) =>
      number === null ? compare("compareSentence") : compare("compareSentenceNumber", { number: String(number) }),
    writeNote: notes("writeNote"),
    writeNoteShortcut: notes("writeNoteShortcut"),
    readAloud: aids("readAloud"),
  };
}

type Labels = Awaited<ReturnType<typeof marginLabelsOf>>;

export function SentenceMargin({ segmentId, number, labels }: { segmentId: string; number: number | null; labels: Labels }) {
  const compare = labels.compare(number);
  return (
    <span className="margin" data-margin={segmentId}>
      <button type="button" className="margin-compare" data-open-compare={segmentId} aria-label={compare} title={compare}>
        ⇄
      </button>
      {/* Read after the sentence (its aria-describedby): how many notes it has. */}
      <span id={`notes-of-${segmentId}`} hidden />
      <button type="button" className="margin-count" hidden />
      <button type="button" className="margin-add" aria-label={labels.writeNote} title={labels.writeNoteShortcut}>
        +
      </button>
      {/* Read aloud: its code loads when it is first pressed (reading-aids-layer.tsx). */}
      <button
        type="button"
        className="margin-speak"
        data-read-aloud
        aria-pressed="false"
        aria-label={labels.readAloud}
        title={labels.readAloud}
      />
    </span>
  );
}
