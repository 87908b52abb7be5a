/**
 * Competitive link choice, best first (like a greedy one-to-one matching): each English word is
 * linked once and each Chinese character used once, so a word does not light up everywhere. Links
 * the dictionary backs are picked before links the statistics alone propose. Then
 * neighbouring name and number links whose renderings touch become one phrase link ("March" + "3"
 * → 三月三日; "6" + "p.m." → 晚上六點; "Sam" + "Altman"). Dictionary phrases are linked whole
 * before this ("Board of Directors" → 董事會, "best interests" → 最大利益).
 */
import type { Span, WordLink } from "./types";

export interface Candidate {
  /** Indices of the English tokens the link consumes. */
  tokens: number[];
  en: Span;
  zh: Span;
  score: number;
  /** Names and numbers join their neighbours of the same kind ("Sam" + "Altman", "March" + "3"). */
  joins?: boolean;
  /** Backed by the dictionary (a rendering, a synonym's, a gloss, a phrase), a name or a number, not only by Model 1. */
  lexical?: boolean;
}

type Picked = WordLink & { joins?: boolean };

export function pickLinks(candidates: Candidate[], minScore: number): Picked[] {
  // Two passes in one order: dictionary-backed links first, then statistical ones on what is left.
  // Model 1 gives a rare word's posterior to whatever it co-occurs with ("positions" ↔ 決定), and a
  // high posterior must not take a Chinese word that another English word's dictionary links to.
  const pass = (c: Candidate) => (c.lexical ? 0 : 1);
  const sorted = candidates
    .filter((c) => c.score >= minScore)
    .sort(
      (a, b) =>
        pass(a) - pass(b) || b.score - a.score || b.tokens.length - a.tokens.length || b.zh.end - b.zh.start - (a.zh.end - a.zh.start),
    );
  const usedTokens = new Set<number>();
  const usedChars = new Set<number>();
  const links: Picked[] = [];
  for (const c of sorted) {
    if (c.tokens.some((t) => usedTokens.has(t))) continue;
    let free = true;
    for (let i = c.zh.start; i < c.zh.end && free; i++) if (usedChars.has(i)) free = false;
    if (!free) continue;
    c.tokens.forEach((t) => usedTokens.add(t));
    for (let i = c.zh.start; i < c.zh.end; i++) usedChars.add(i);
    // Plain spans: candidates may carry their token's text, which the answer does not include.
    links.push({
      en: { start: c.en.start, end: c.en.end },
      zh: { start: c.zh.start, end: c.zh.end },
      score: Math.round(c.score * 1000) / 1000,
      joins: !!c.joins,
    });
  }
  return links.sort((a, b) => a.en.start - b.en.start);
}

/** English tokens joined by at most one space or hyphen; Chinese spans at most a space (or 的) apart. */
/** A merged phrase stays short: a long chain of touching words is several links, not one. */
const MAX_PHRASE_WORDS = 2;
const MAX_PHRASE_ZH = 4;
const wordCount = (cps: string[], from: number, to: number) => cps.slice(from, to).join("").split(/\s+/).length;

export function mergePhrases(links: Picked[], zhCps: string[], enCps?: string[]): WordLink[] {
  const out: WordLink[] = [];
  let prevJoins = false;
  for (const { joins = false, ...link } of links) {
    const prev = out.at(-1);
    if (
      prev &&
      // Only names and numbers join. Other words stay apart even when their renderings touch
      // ("new library": 新 and 圖書館), so hovering a word lights its own rendering, not a wider
      // phrase; phrases the dictionary lists ("Board of Directors") are links of their own.
      prevJoins &&
      joins &&
      link.en.start - prev.en.end <= 1 &&
      touches(prev.zh, link.zh, zhCps) &&
      isLatin(zhCps, prev.zh) === isLatin(zhCps, link.zh) &&
      (!enCps || (gapIsSpace(enCps, prev.en.end, link.en.start) && wordCount(enCps, prev.en.start, link.en.end) <= MAX_PHRASE_WORDS)) &&
      (isLatin(zhCps, link.zh) || Math.max(prev.zh.end, link.zh.end) - Math.min(prev.zh.start, link.zh.start) <= MAX_PHRASE_ZH)
    ) {
      prev.en = { start: prev.en.start, end: Math.max(prev.en.end, link.en.end) };
      prev.zh = { start: Math.min(prev.zh.start, link.zh.start), end: Math.max(prev.zh.end, link.zh.end) };
      prev.score = Math.round(((prev.score + link.score) / 2) * 1000) / 1000;
    } else out.push({ ...link, en: { ...link.en }, zh: { ...link.zh } });
    prevJoins = joins;
  }
  return out;
}

function touches(a: Span, b: Span, cps: string[]): boolean {
  const [left, right] = a.start <= b.start ? [a, b] : [b, a];
  if (right.start <= left.end) return true;
  const gap = cps.slice(left.end, right.start).join("");
  return gap === " " || gap === "";
}

/** Latin names join Latin names ("Sam" + "Altman"), not the verb before them. */
const isLatin = (cps: string[], span: Span) => /^[A-Z0-9]/i.test(cps[span.start] ?? "");
const gapIsSpace = (cps: string[], from: number, to: number) => /^[\s'’-]*$/.test(cps.slice(from, to).join(""));
