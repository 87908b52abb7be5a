/**
 * The gold sets the aligner is scored on, as documents (every sentence pair, for the statistics)
 * plus the gold sentences (the annotated subset) and a way to pick their predictions.
 */
import type { GoldSentence } from "../score";
import type { SentencePair, WordLink } from "../types";
import type { GoldLinks } from "./letter-gold";

export interface GoldSet {
  name: string;
  pairs: SentencePair[];
  gold: GoldSentence[];
  pick: (predicted: WordLink[][]) => WordLink[][];
}

/** A document of keyed segments with gold for some keys. */
export function keyedGoldSet(
  name: string,
  segments: Array<{ key: string; en: string; zh: string }>,
  gold: Record<string, GoldLinks>,
): GoldSet {
  const annotated = segments.flatMap((s, i) => (gold[s.key] ? [i] : []));
  return {
    name,
    pairs: segments.map(({ en, zh }) => ({ en, zh })),
    gold: annotated.map((i) => ({ en: segments[i]!.en, zh: segments[i]!.zh, links: gold[segments[i]!.key]! })),
    pick: (predicted) => annotated.map((i) => predicted[i] ?? []),
  };
}

/** A document whose every sentence is annotated. */
export const wholeGoldSet = (name: string, gold: GoldSentence[]): GoldSet => ({ name, pairs: gold, gold, pick: (p) => p });
