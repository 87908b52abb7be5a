/**
 * What the dictionary says about one English word, gathered once per word per document: the
 * Chinese words it may be rendered by (from the word and its stems), and the characters those are
 * made of (a weaker clue: 穩定 for "stabilize" lends 穩 to 穩住).
 */
import { lemmaCandidates } from "./english-tokens";
import type { BilingualDictionary, Span } from "./types";

export interface WordEvidence {
  exact: Map<string, number>;
  chars: Map<string, number>;
  /** Weaker: renderings of the word's synonyms (synonym-evidence.ts), none of them in `exact` at a higher weight. */
  related: Map<string, number>;
}

const MAX_ZH = 6;

export function wordEvidence(dict: BilingualDictionary, word: string): WordEvidence {
  const exact = new Map<string, number>();
  const chars = new Map<string, number>();
  lemmaCandidates(word).forEach((lemma, index) => {
    const factor = index === 0 ? 1 : 0.9;
    for (const { zh, weight } of dict.lookup(lemma)) {
      const w = weight * factor * (Array.from(zh).length === 1 ? 0.55 : 1);
      if ((exact.get(zh) ?? 0) < w) exact.set(zh, w);
      if (Array.from(zh).length < 2 || weight < 0.5) continue;
      for (const c of zh) if ((chars.get(c) ?? 0) < w) chars.set(c, w);
    }
  });
  return { exact, chars, related: new Map() };
}

/** Every substring of up to six code points of a Chinese sentence: computed once per sentence. */
export function substringsOf(cps: string[]): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  for (let start = 0; start < cps.length; start++) {
    let text = "";
    for (let end = start + 1; end <= Math.min(cps.length, start + MAX_ZH); end++) {
      text += cps[end - 1];
      out.push({ start, end, text });
    }
  }
  return out;
}

/** Dictionary renderings of the word (or of its synonyms) found in the Chinese sentence (given as its substrings). */
export function exactSpans(
  renderings: ReadonlyMap<string, number>,
  substrings: Array<Span & { text: string }>,
): Array<Span & { score: number }> {
  const found: Array<Span & { score: number }> = [];
  for (const { start, end, text } of substrings) {
    const w = renderings.get(text);
    if (w !== undefined) found.push({ start, end, score: w });
  }
  return found;
}

/** Dictionary prior for Model 1: the Chinese word itself is listed, or shares listed characters, or renders a synonym. */
export function priorOf(evidence: WordEvidence, zhWord: string): number {
  const w = evidence.exact.get(zhWord);
  if (w !== undefined) return w;
  const related = evidence.related.get(zhWord) ?? 0;
  let best = 0;
  let shared = 0;
  const cps = Array.from(zhWord);
  for (const c of cps) {
    const cw = evidence.chars.get(c);
    if (cw) {
      best = Math.max(best, cw);
      shared++;
    }
  }
  return Math.max(related, best * 0.4 * (shared / cps.length));
}
