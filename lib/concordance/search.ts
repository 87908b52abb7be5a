/**
 * The concordance of a term in one document: every sentence pair that holds it, with what each
 * published version made of it (from the word links), and a tally of renderings per version.
 *
 * Pure: the caller gives the sentences, each version's canonical Chinese and the word links; the
 * term arrives already in every script form worth searching (lib/script converts it).
 */
import { sliceCodePoints } from "@/lib/anchoring/code-points";
import type { Span, WordLink } from "@/lib/alignment/types";
import { findChinese, findEnglish, isChineseTerm } from "./find-term";

export interface ConcordanceSentence {
  segmentId: string;
  en: string;
  /** versionId → the version's canonical Chinese for this sentence. */
  zh: Readonly<Record<string, string>>;
}

export interface ConcordanceHit {
  segmentId: string;
  en: Span | null;
  renderings: Array<{ versionId: string; zh: Span }>;
}

export interface RenderingCount {
  versionId: string;
  text: string;
  count: number;
}

export interface Concordance {
  /** "en": the term was found in the English; "zh": in the renderings. */
  language: "en" | "zh";
  hits: ConcordanceHit[];
  /** Every hit was counted; only the first `limit` are listed. */
  total: number;
  truncated: boolean;
  renderings: RenderingCount[];
  /** Versions that render the term more than one way. */
  inconsistent: string[];
}

export interface ConcordanceInput {
  /** The term as typed, white space collapsed. */
  term: string;
  /** For a Chinese term: the forms to look for in the canonical text (as typed, and converted). */
  chineseForms: readonly string[];
  sentences: readonly ConcordanceSentence[];
  /** Versions in reading order. */
  versionIds: readonly string[];
  linksOf: (versionId: string, segmentId: string) => readonly WordLink[] | undefined;
  limit: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The smallest span covering `side` of every link that overlaps `span` on the other side. */
function linkedSpan(links: readonly WordLink[] | undefined, from: "en" | "zh", span: Span): Span | null {
  const to = from === "en" ? "zh" : "en";
  let out: Span | null = null;
  for (const link of links ?? []) {
    if (!overlaps(link[from], span)) continue;
    const s = link[to];
    out = out ? { start: Math.min(out.start, s.start), end: Math.max(out.end, s.end) } : { ...s };
  }
  return out;
}

function englishHits(input: ConcordanceInput, sentence: ConcordanceSentence): ConcordanceHit[] {
  return findEnglish(sentence.en, input.term).map((en) => ({
    segmentId: sentence.segmentId,
    en,
    renderings: input.versionIds.flatMap((versionId) => {
      if (sentence.zh[versionId] === undefined) return [];
      const zh = linkedSpan(input.linksOf(versionId, sentence.segmentId), "en", en);
      return zh ? [{ versionId, zh }] : [];
    }),
  }));
}

/** A Chinese term: one hit per occurrence in the first version that has it; the others by their own occurrence or the English linked to it. */
function chineseHits(input: ConcordanceInput, sentence: ConcordanceSentence): ConcordanceHit[] {
  const found = input.versionIds.map((versionId) => {
    const text = sentence.zh[versionId];
    return { versionId, spans: text === undefined ? [] : findChinese(text, input.chineseForms) };
  });
  const anchor = found.find((f) => f.spans.length > 0);
  if (!anchor) return [];
  return anchor.spans.map((span, i) => {
    const en = linkedSpan(input.linksOf(anchor.versionId, sentence.segmentId), "zh", span);
    const renderings = found.flatMap(({ versionId, spans }) => {
      const own = spans[i];
      if (own) return [{ versionId, zh: own }];
      if (!en || sentence.zh[versionId] === undefined) return [];
      const zh = linkedSpan(input.linksOf(versionId, sentence.segmentId), "en", en);
      return zh ? [{ versionId, zh }] : [];
    });
    return { segmentId: sentence.segmentId, en, renderings };
  });
}

export function searchConcordance(input: ConcordanceInput): Concordance {
  const language = isChineseTerm(input.term) ? "zh" : "en";
  const hits = input.sentences.flatMap((s) => (language === "zh" ? chineseHits(input, s) : englishHits(input, s)));
  const counts = new Map<string, Map<string, number>>(input.versionIds.map((v) => [v, new Map()]));
  const textOf = new Map(input.sentences.map((s) => [s.segmentId, s.zh]));
  for (const hit of hits)
    for (const r of hit.renderings) {
      const text = sliceCodePoints(textOf.get(hit.segmentId)?.[r.versionId] ?? "", r.zh.start, r.zh.end);
      const tally = counts.get(r.versionId)!;
      tally.set(text, (tally.get(text) ?? 0) + 1);
    }
  const renderings = [...counts].flatMap(([versionId, tally]) =>
    [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, count]) => ({ versionId, text, count })),
  );
  return {
    language,
    hits: hits.slice(0, input.limit),
    total: hits.length,
    truncated: hits.length > input.limit,
    renderings,
    inconsistent: [...counts].filter(([, tally]) => tally.size > 1).map(([v]) => v),
  };
}
