/**
 * Re-anchoring a highlight after its segment's text was edited. The search never leaves the
 * segment: a note on one sentence must not jump to a look-alike sentence elsewhere. In order:
 *
 * 1. exact  — the quote is still at its stored position, with its context;
 * 2. moved  — the quote is elsewhere in the text; among several occurrences the one whose
 *             surroundings best match the stored prefix and suffix wins (then the nearest). It is
 *             trusted when at least one side of its context still matches (MIN_CONTEXT_MATCH code
 *             points, or the whole stored side), or when it is the only occurrence and at least
 *             MIN_UNIQUE_LENGTH code points long: "the" somewhere else is not the same "the";
 * 3. fuzzy  — the quote was changed a little: the substring with the fewest edits (Levenshtein on
 *             code points, Sellers' algorithm) is taken when the edits are at most
 *             FUZZY_ERROR_RATIO of the quote's length, and the quote is at least
 *             MIN_FUZZY_LENGTH code points (a two-letter quote with one edit is another word);
 * 4. orphan — the words are gone; the caller keeps the note and flags it.
 *
 * Positions are code points, like every selector (see text-quote.ts).
 */
import { describeSpan, type TextSelector } from "./text-quote";

export type Reanchored = { status: "exact" | "moved" | "fuzzy"; selector: TextSelector } | { status: "orphan" };

/** At most this share of the quote's code points may differ for a fuzzy match (1 in 5). */
export const FUZZY_ERROR_RATIO = 0.2;
export const MIN_FUZZY_LENGTH = 5;
export const MIN_UNIQUE_LENGTH = 8;

export function reanchor(old: TextSelector, newText: string): Reanchored {
  const text = [...newText];
  const quote = [...old.exact];
  if (quote.length === 0) return { status: "orphan" };

  const occurrences: number[] = [];
  for (let i = 0; i + quote.length <= text.length; i++) if (equalAt(text, quote, i)) occurrences.push(i);
  if (occurrences.length > 0) {
    const best = pickBest(
      occurrences.map((start) => ({ start, end: start + quote.length })),
      text,
      old,
    );
    // At its stored position with its context intact, the quote has not moved. The same words at
    // the same offset with other words around them are a look-alike, and are weighed like any other.
    if (best.start === old.start && best.contextIntact) return { status: "exact", selector: describeSpan(newText, best.start, best.end) };
    const noContext = old.prefix === "" && old.suffix === "";
    if (best.contextMatches || (occurrences.length === 1 && (quote.length >= MIN_UNIQUE_LENGTH || noContext))) {
      return { status: best.start === old.start ? "exact" : "moved", selector: describeSpan(newText, best.start, best.end) };
    }
    return { status: "orphan" };
  }

  if (quote.length < MIN_FUZZY_LENGTH) return { status: "orphan" };
  const maxErrors = Math.floor(quote.length * FUZZY_ERROR_RATIO);
  const candidates = approximateMatches(quote, text, maxErrors);
  if (candidates.length === 0) return { status: "orphan" };
  const best = pickBest(candidates, text, old);
  return { status: "fuzzy", selector: describeSpan(newText, best.start, best.end) };
}

/** Levenshtein distance on code points (for tests and callers that report how close a match is). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[y.length]!;
}

function equalAt(text: string[], quote: string[], at: number): boolean {
  if (at < 0 || at + quote.length > text.length) return false;
  for (let k = 0; k < quote.length; k++) if (text[at + k] !== quote[k]) return false;
  return true;
}

interface Span {
  start: number;
  end: number;
}

/** Context on one side counts as matching when this many code points of it (or all of it) still match. */
export const MIN_CONTEXT_MATCH = 8;

/**
 * The span whose surroundings share most with the stored prefix and suffix; ties go to the nearest.
 * `contextMatches`: one side still matches for MIN_CONTEXT_MATCH code points (or entirely, when
 * the stored side is shorter but not empty); `contextIntact`: both sides match entirely.
 */
function pickBest(
  spans: Span[],
  text: string[],
  old: TextSelector,
): Span & { score: number; contextMatches: boolean; contextIntact: boolean } {
  const prefix = [...old.prefix];
  const suffix = [...old.suffix];
  let best = { ...spans[0]!, score: -1, contextMatches: false, contextIntact: false };
  for (const span of spans) {
    let before = 0;
    while (before < prefix.length && text[span.start - 1 - before] === prefix[prefix.length - 1 - before]) before++;
    let after = 0;
    while (after < suffix.length && text[span.end + after] === suffix[after]) after++;
    const score = before + after;
    if (score > best.score || (score === best.score && Math.abs(span.start - old.start) < Math.abs(best.start - old.start))) {
      const sideMatches = (matched: number, stored: number) => stored > 0 && matched >= Math.min(MIN_CONTEXT_MATCH, stored);
      best = {
        ...span,
        score,
        contextMatches: sideMatches(before, prefix.length) || sideMatches(after, suffix.length),
        contextIntact: before === prefix.length && after === suffix.length,
      };
    }
  }
  return best;
}

/**
 * Substrings of `text` within `maxErrors` edits of `quote`, those with the fewest edits only
 * (Sellers: edit distance where the match may start anywhere, tracking where each path began).
 */
function approximateMatches(quote: string[], text: string[], maxErrors: number): Span[] {
  const m = quote.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = Array.from({ length: m + 1 }, () => 0);
  const found: (Span & { errors: number })[] = [];
  if (cost[m]! <= maxErrors) found.push({ start: 0, end: 0, errors: cost[m]! });
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextFrom = [j];
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipQuote = nextCost[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipQuote) {
        nextCost.push(substitute);
        nextFrom.push(from[i - 1]!);
      } else if (skipText <= skipQuote) {
        nextCost.push(skipText);
        nextFrom.push(from[i]!);
      } else {
        nextCost.push(skipQuote);
        nextFrom.push(nextFrom[i - 1]!);
      }
    }
    cost = nextCost;
    from = nextFrom;
    if (cost[m]! <= maxErrors) found.push({ start: from[m]!, end: j, errors: cost[m]! });
  }
  const fewest = Math.min(...found.map((f) => f.errors));
  return found.filter((f) => f.errors === fewest && f.end > f.start);
}
