/**
 * Limits on the sentences of an import, checked after segmenting and before aligning. Kept apart
 * from the zod schemas: the text worker loads this file and nothing heavier.
 */

/** Sentences per side of an import, checked before aligning (the English side becomes the rows). */
export const MAX_IMPORT_SENTENCES = 5_000;
/** One side may have at most this many times the other's sentences… */
export const MAX_SENTENCE_RATIO = 3;
/** …unless the two counts differ by no more than this (short letters split unevenly). */
export const SENTENCE_DIFFERENCE_ALLOWED = 50;

export interface SentenceCountRefusal {
  code: "too_many_sentences" | "sentence_counts_differ";
  message: string;
  /** The numbers the message names, sent as the refusal's details so the browser can say it in another language. */
  values: Record<string, number | string>;
}

/**
 * Whether an import's sentence counts are within the limits, known before any aligning: a
 * translation is about as many sentences as its original, so counts far apart mean the wrong text
 * was pasted (and would make a long, useless alignment).
 */
export function checkSentenceCounts(english: number, chinese: number): SentenceCountRefusal | null {
  const n = (count: number) => count.toLocaleString("en");
  for (const [side, count] of [
    ["English", english],
    ["Chinese", chinese],
  ] as const) {
    if (count > MAX_IMPORT_SENTENCES) {
      return {
        code: "too_many_sentences",
        values: { side: side === "English" ? "en" : "zh", count, max: MAX_IMPORT_SENTENCES },
        message: `The ${side} text has ${n(count)} sentences; the limit is ${n(MAX_IMPORT_SENTENCES)} per text. Split it into several documents.`,
      };
    }
  }
  const [few, many] = english <= chinese ? [english, chinese] : [chinese, english];
  if (many - few > SENTENCE_DIFFERENCE_ALLOWED && many > MAX_SENTENCE_RATIO * few) {
    return {
      code: "sentence_counts_differ",
      values: { english, chinese, ratio: MAX_SENTENCE_RATIO },
      message: `The English text has ${n(english)} sentences and the Chinese text ${n(chinese)}: one text may have at most ${MAX_SENTENCE_RATIO} times as many sentences as the other. Check that both texts are the same letter, complete.`,
    };
  }
  return null;
}
