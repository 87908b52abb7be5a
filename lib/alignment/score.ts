/**
 * Scores an alignment against hand-made gold. Gold links are written as text, `[english, chinese]`
 * (`"all#2"` for the second "all"), and resolved to code-point spans here.
 *
 * - precision, recall and AER over (English word, Chinese character) pairs, all gold links "sure"
 *   (so AER = 1 − F1). Only English words the gold annotates are scored: the gold covers content
 *   words, and a link on a word it leaves out is neither right nor wrong.
 * - coverage (the measure): the share of gold links for which some predicted link touches
 *   the gold English, overlaps the gold Chinese and is not much wider than it (at most
 *   max(2, gold length) extra code points).
 */
import { tokenizeEnglish } from "./english-tokens";
import type { Span, WordLink } from "./types";

export interface GoldSentence {
  en: string;
  zh: string;
  links: Array<[string, string]>;
}

export interface Scores {
  precision: number;
  recall: number;
  aer: number;
  coverage: number;
  goldLinks: number;
}

const isLatin = (c: string | undefined) => c !== undefined && /[A-Z0-9]/i.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Code-point span of the `n`th occurrence of `needle` (`text#n`); English needs word edges. */
export function findSpan(haystack: string, spec: string, wordEdges: boolean): Span {
  const [needle, nth] = spec.includes("#")
    ? [spec.slice(0, spec.lastIndexOf("#")), Number(spec.slice(spec.lastIndexOf("#") + 1))]
    : [spec, 1];
  const cps = Array.from(haystack);
  const n = Array.from(needle);
  let seen = 0;
  for (let i = 0; i + n.length <= cps.length; i++) {
    if (cps.slice(i, i + n.length).join("") !== needle) continue;
    if (wordEdges && (isWordChar(cps[i - 1]) || isWordChar(cps[i + n.length]))) continue;
    // A Latin word inside Chinese ("AI" in "OpenAI 是 … AI 公司") also needs its edges.
    if (!wordEdges && /^[A-Z]/i.test(needle) && (isLatin(cps[i - 1]) || isLatin(cps[i + n.length]))) continue;
    if (++seen === nth) return { start: i, end: i + n.length };
  }
  throw new Error(`Gold text "${spec}" not found in "${haystack}"`);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function pairsOf(links: Array<{ en: Span; zh: Span }>, en: string, zh: string, scored: Set<number>): Set<string> {
  const words = tokenizeEnglish(en);
  const zhCps = Array.from(zh);
  const out = new Set<string>();
  for (const link of links) {
    words.forEach((w, i) => {
      if (!overlaps(w, link.en) || !scored.has(i)) return;
      for (let c = link.zh.start; c < link.zh.end; c++) if (zhCps[c]?.trim()) out.add(`${i}:${c}`);
    });
  }
  return out;
}

export function scoreAlignment(gold: GoldSentence[], predicted: WordLink[][]): Scores {
  let hit = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  let covered = 0;
  let goldLinks = 0;
  gold.forEach((sentence, s) => {
    const goldSpans = sentence.links.map(([e, z]) => ({ en: findSpan(sentence.en, e, true), zh: findSpan(sentence.zh, z, false) }));
    const words = tokenizeEnglish(sentence.en);
    const scored = new Set(words.flatMap((w, i) => (goldSpans.some((g) => overlaps(g.en, w)) ? [i] : [])));
    const g = pairsOf(goldSpans, sentence.en, sentence.zh, scored);
    const a = pairsOf(predicted[s] ?? [], sentence.en, sentence.zh, scored);
    for (const pair of a) if (g.has(pair)) hit++;
    predictedPairs += a.size;
    goldPairs += g.size;
    for (const gl of goldSpans) {
      goldLinks++;
      const width = gl.zh.end - gl.zh.start;
      const ok = (predicted[s] ?? []).some(
        (p) => overlaps(p.en, gl.en) && overlaps(p.zh, gl.zh) && p.zh.end - p.zh.start <= width + Math.max(2, width),
      );
      if (ok) covered++;
    }
  });
  const precision = predictedPairs ? hit / predictedPairs : 0;
  const recall = goldPairs ? hit / goldPairs : 0;
  const aer = predictedPairs + goldPairs ? 1 - (2 * hit) / (predictedPairs + goldPairs) : 1;
  return { precision, recall, aer, coverage: goldLinks ? covered / goldLinks : 0, goldLinks };
}
