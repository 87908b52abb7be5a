/**
 * The benchmark's baseline: IBM Model 1 trained on the document alone (no dictionary, no
 * diagonal prior), every English token and every Intl.Segmenter word, Viterbi links (each Chinese
 * word to its most probable English word, none when that is below a floor, as a NULL would take it).
 */
import { segmentChinese } from "./chinese-tokens";
import { normalizeWord, tokenizeEnglish } from "./english-tokens";
import { trainModel1 } from "./model1";
import type { SentencePair, WordLink } from "./types";

export function alignBaseline(pairs: SentencePair[]): WordLink[][] {
  const prepared = pairs.map((p) => ({ en: tokenizeEnglish(p.en), zh: segmentChinese(p.zh) }));
  const post = trainModel1(prepared.map((p) => ({ en: p.en.map((t) => normalizeWord(t.text)), zh: p.zh.map((t) => t.text) })));
  return prepared.map((p, s) =>
    p.zh.flatMap((seg, j) => {
      let best = -1;
      let bestP = 0.2;
      p.en.forEach((_, i) => {
        const v = post[s]![i]![j]!;
        if (v > bestP) [best, bestP] = [i, v];
      });
      const tok = p.en[best];
      return tok ? [{ en: { start: tok.start, end: tok.end }, zh: { start: seg.start, end: seg.end }, score: bestP }] : [];
    }),
  );
}
