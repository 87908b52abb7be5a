/**
 * The word aligner: links English words and phrases to the Chinese that renders them, for every
 * sentence pair of a document at once.
 *
 * 1. Candidates per English content word: Latin names written as-is in the Chinese, numbers and
 *    dates (numbers.ts), dictionary renderings found in the sentence, dictionary phrases of 2–4
 *    words ("best interests"), and Model 1 posteriors over Intl.Segmenter words.
 * 2. Model 1 (model1.ts) is trained over the whole document, in both directions (averaged), with
 *    the dictionary as a prior and a diagonal prior, so a word the dictionary misses is still found
 *    where it recurs.
 * 3. Links are picked competitively, dictionary-backed ones first, then statistical ones, best
 *    first within each: an English word is linked once and a Chinese character is used once; then
 *    neighbours whose renderings touch are merged into a phrase link.
 */
import { segmentChinese, ZH_FUNCTION_WORDS } from "./chinese-tokens";
import { isFunctionWord, lemmaCandidates, normalizeWord, tokenizeEnglish } from "./english-tokens";
import { exactSpans, priorOf, substringsOf, wordEvidence, type WordEvidence } from "./evidence";
import { trainModel1BothWays } from "./model1";
import { mergePhrases, pickLinks, type Candidate } from "./pick-links";
import { numberCandidates, englishNumber } from "./numbers";
import { relatedRenderings } from "./synonym-evidence";
import type { BilingualDictionary, SentencePair, Span, Token, WordLink } from "./types";
import type { SynonymSource } from "./wordnet-synonyms";

const MIN_SCORE = 0.22;
/** A direct rendering this strong in the sentence keeps the word's synonyms' renderings out. */
const STRONG_DIRECT = 0.5;
const isLatinWord = (w: string) => /^[A-Z][A-Z0-9'’-]*$/i.test(w);

interface Prepared {
  text: string;
  en: Token[];
  content: Token[];
  zh: Token[];
  cps: string[];
  substrings: Array<Span & { text: string }>;
}

/** Where `word` occurs in the Chinese as a Latin word of its own (OpenAI, Sam), case-insensitively. */
function latinSpans(word: string, zh: Token[]): Span[] {
  const lower = word.toLowerCase();
  return zh.filter((t) => t.text.toLowerCase() === lower).map(({ start, end }) => ({ start, end }));
}

/** `synonyms` (WordNet, wordnet-file.ts) adds a weaker path to the dictionary through the words' synonyms. */
export function alignDocument(
  pairs: SentencePair[],
  dict: BilingualDictionary | null,
  synonyms: SynonymSource | null = null,
): WordLink[][] {
  const prepared: Prepared[] = pairs.map(({ en, zh }) => {
    const enTokens = tokenizeEnglish(en);
    return {
      text: en,
      en: enTokens,
      content: enTokens.filter(
        (t) => !isFunctionWord(t.text) || englishNumber(t.text) !== null || (/^[A-Z]/.test(t.text) && zh.includes(t.text)),
      ),
      zh: segmentChinese(zh),
      cps: Array.from(zh),
      substrings: substringsOf(Array.from(zh)),
    };
  });
  const cache = new Map<string, WordEvidence>();
  const evidence = (word: string) => {
    const key = normalizeWord(word);
    let found = cache.get(key);
    if (found) return found;
    found = dict ? wordEvidence(dict, key) : { exact: new Map(), chars: new Map(), related: new Map() };
    if (dict && synonyms) found.related = relatedRenderings(dict, synonyms, key, found.exact);
    cache.set(key, found);
    return found;
  };
  const posteriors = trainModel1BothWays(
    prepared.map((p) => ({ en: p.content.map((t) => normalizeWord(t.text)), zh: p.zh.map((t) => t.text) })),
    {
      diagonal: 3,
      priorWeight: 2,
      prior: (e, f) => (e === f.toLowerCase() ? 1 : priorOf(evidence(e), f)),
    },
  );
  return prepared.map((p, s) => alignSentence(p, posteriors[s]!, evidence, dict));
}

function alignSentence(p: Prepared, post: number[][], evidence: (w: string) => WordEvidence, dict: BilingualDictionary | null): WordLink[] {
  const candidates: Candidate[] = [];
  const n = Math.max(1, p.cps.length);
  const diag = (tok: Token, span: Span) => 1 - Math.abs((tok.start + tok.end) / 2 / lastEnd(p.en) - (span.start + span.end) / 2 / n);
  const statOf = (k: number, span: Span) => {
    let best = 0;
    p.zh.forEach((seg, j) => {
      if (seg.start < span.end && span.start < seg.end) best = Math.max(best, post[k]?.[j] ?? 0);
    });
    return best;
  };
  p.content.forEach((tok, k) => {
    const tokens = [p.en.indexOf(tok)];
    // A number or a month joins its neighbour ("April 5" ↔ 四月五日) whichever evidence found it:
    // the dictionary lists April ↔ 四月 too.
    const numeric = englishNumber(tok.text) !== null;
    const push = (span: Span, score: number, lexical: boolean, joins = numeric) =>
      candidates.push({ tokens, en: tok, zh: span, score: Math.min(1, score + 0.04 * diag(tok, span)), joins, lexical });
    if (isLatinWord(tok.text)) for (const span of latinSpans(tok.text, p.zh)) push(span, 1, true, true);
    for (const span of numberCandidates(tok, p.cps.join(""))) push(span, 0.95, true, true);
    const ev = evidence(tok.text);
    const direct = longestMatches(exactSpans(ev.exact, p.substrings));
    for (const span of direct) push(span, 0.7 * span.score + 0.3 * statOf(k, span), true);
    // The synonym path only where the word's own renderings are missing or weak in this sentence.
    if (ev.related.size > 0 && !direct.some((span) => span.score >= STRONG_DIRECT))
      for (const span of exactSpans(ev.related, p.substrings)) push(span, 0.7 * span.score + 0.3 * statOf(k, span), true);
    // Model 1's segments count as statistical even with a prior: a listed rendering is already a
    // direct candidate above, and a shared character is too weak to go first.
    p.zh.forEach((seg, j) => {
      const stat = post[k]?.[j] ?? 0;
      if (stat < 0.1 || ZH_FUNCTION_WORDS.has(seg.text)) return;
      push(seg, 0.5 * stat + 0.35 * priorOf(ev, seg.text), false);
    });
  });
  if (dict?.glossWords) candidates.push(...reverseCandidates(p, post, dict, statOf));
  if (dict) candidates.push(...phraseCandidates(p, dict));
  const picked = pickLinks(candidates, MIN_SCORE);
  return mergePhrases(picked, p.cps, Array.from(p.text));
}

/**
 * The other direction of the dictionary: a Chinese word (2–4 characters, or a segment) whose own
 * glosses name the English word: 耕耘 "… to work diligently" for "work", 火速 "at top speed" for
 * "swiftly" only through its stems. Headwords with long gloss lists count for less.
 */
function reverseCandidates(p: Prepared, post: number[][], dict: BilingualDictionary, statOf: (k: number, s: Span) => number): Candidate[] {
  const spans: Array<Span & { words: ReadonlySet<string> }> = [];
  const seen = new Set<string>();
  const add = (start: number, end: number) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const text = p.cps.slice(start, end).join("");
    if (ZH_FUNCTION_WORDS.has(text)) return;
    const words = dict.glossWords!(text);
    if (words && words.size > 0) spans.push({ start, end, words });
  };
  for (let start = 0; start < p.cps.length; start++)
    for (let len = 2; len <= 4 && start + len <= p.cps.length; len++) add(start, start + len);
  for (const seg of p.zh) add(seg.start, seg.end);
  const out: Candidate[] = [];
  p.content.forEach((tok, k) => {
    const lemmas = lemmaCandidates(tok.text);
    for (const span of spans) {
      if (!lemmas.some((l) => span.words.has(l))) continue;
      const whole = lemmas.some((l) => span.words.has("=" + l)) ? 1 : 0.6;
      const specific = whole * Math.min(1, Math.sqrt(10 / span.words.size)) * (span.end - span.start === 1 ? 0.5 : 1);
      out.push({ tokens: [p.en.indexOf(tok)], en: tok, zh: span, score: 0.55 * specific + 0.35 * statOf(k, span), lexical: true });
    }
  });
  void post;
  return out;
}

/**
 * Drops a rendering that lies inside a longer rendering of the same word found in the sentence and
 * listed at least as strongly (書館 inside 圖書館, both "library"): the longer match is the reading.
 */
function longestMatches<T extends Span & { score: number }>(spans: T[]): T[] {
  const inside = (a: T, b: T) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return spans.filter((a) => !spans.some((b) => inside(a, b) && b.score >= a.score));
}

const lastEnd = (tokens: Token[]) => Math.max(1, tokens.at(-1)?.end ?? 1);

/** Dictionary phrases of 2–4 English words that start and end on a content word. */
function phraseCandidates(p: Prepared, dict: BilingualDictionary): Candidate[] {
  const out: Candidate[] = [];
  for (let a = 0; a < p.en.length; a++) {
    if (isFunctionWord(p.en[a]!.text)) continue;
    for (let b = a + 1; b < Math.min(p.en.length, a + 4); b++) {
      if (isFunctionWord(p.en[b]!.text)) continue;
      const words = p.en.slice(a, b + 1).map((t) => normalizeWord(t.text));
      const last = words.at(-1)!;
      const singular = [...words.slice(0, -1), last.endsWith("s") ? last.slice(0, -1) : last];
      // CC-CEDICT writes compounds with hyphens ("round-the-clock") and prefers "round" to "around".
      const variants = [words, singular, words.map((w) => (w === "around" ? "round" : w))];
      const keys = variants.flatMap((v) => [v.join(" "), v.join("-")]);
      for (const key of new Set(keys)) {
        const exact = new Map(dict.lookup(key).map((e) => [e.zh, e.weight] as const));
        for (const span of exactSpans(exact, p.substrings)) {
          const tokens = [];
          for (let i = a; i <= b; i++) if (!isFunctionWord(p.en[i]!.text)) tokens.push(i);
          out.push({
            tokens,
            en: { start: p.en[a]!.start, end: p.en[b]!.end },
            zh: span,
            score: Math.min(1, 0.25 + 0.8 * span.score),
            lexical: true,
          });
        }
      }
    }
  }
  return out;
}
