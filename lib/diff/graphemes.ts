/**
 * User-perceived characters (extended grapheme clusters) via `Intl.Segmenter`, so a diff never
 * splits a surrogate pair, a base letter from its combining marks, or an emoji ZWJ sequence.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
