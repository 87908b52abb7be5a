/**
 * Compare by rendering: for each English word or phrase linked in either of two versions, what
 * each version made of it ("world's leading: 世界領先 · 全球首屈一指"). English spans linked in
 * both versions that overlap are one entry, so a phrase one version renders whole and the other
 * word by word still lines up.
 */
import { sliceCodePoints } from "../anchoring/code-points";
import type { Span, WordLink } from "./types";

/** Renderings closer than this (normalised edit distance) keep the character diff: it shows their few differences best. */
export const CLOSE_DISTANCE = 0.22;

export interface RenderingPair {
  en: string;
  /** Each version's rendering, or null when that version links nothing to these words. */
  a: string | null;
  b: string | null;
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/** The Chinese `links` give for English `span`, from the first linked character to the last. */
function renderingOf(zh: string, links: readonly WordLink[], span: Span): string | null {
  const hit = links.filter((l) => overlaps(l.en, span));
  if (hit.length === 0) return null;
  return sliceCodePoints(zh, Math.min(...hit.map((l) => l.zh.start)), Math.max(...hit.map((l) => l.zh.end)));
}

export function renderingPairs(
  en: string,
  a: { zh: string; links: readonly WordLink[] },
  b: { zh: string; links: readonly WordLink[] },
): RenderingPair[] {
  const spans = [...a.links, ...b.links].map((l) => l.en).sort((x, y) => x.start - y.start || y.end - x.end);
  const groups: Span[] = [];
  for (const s of spans) {
    const last = groups.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else groups.push({ ...s });
  }
  return groups.map((g) => ({
    en: sliceCodePoints(en, g.start, g.end),
    a: renderingOf(a.zh, a.links, g),
    b: renderingOf(b.zh, b.links, g),
  }));
}
