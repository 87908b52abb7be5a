/**
 * The number a reader sees beside a sentence: 1 for the first sentence, counting sentences only
 * (a salutation or a sign-off has none). One rule for the reader, the compare view and the editor,
 * whatever a text's stored indices are (the seeded letter's start at its salutation, an import's at 0).
 */
export function sentenceNumbers(segments: readonly { kind: string }[]): (number | null)[] {
  let count = 0;
  return segments.map((segment) => (segment.kind === "sentence" ? ++count : null));
}
