/**
 * Where a concordance term occurs in a sentence, in code points (`end` exclusive), like selectors.
 *
 * English: case-insensitive, whole words: the match starts at a word edge and ends at one, or
 * after a plural or possessive ending (board → boards, board's), so "art" does not find "start"
 * nor "party". Chinese: plain substring, in every script form the caller passes.
 */
import { utf16ToCodePoint } from "@/lib/anchoring/code-points";
import type { Span } from "@/lib/alignment/types";

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ENDINGS = ["'s", "’s", "es", "s", ""];

/** True when `q` holds a Chinese character: the term is searched in the renderings. */
export const isChineseTerm = (q: string): boolean => HAN.test(q);

/** Collapses runs of white space and trims: "  bad   faith " → "bad faith". */
export function normaliseTerm(q: string): string {
  return q.split(/\s+/u).filter(Boolean).join(" ");
}

/** Sentences lowered so far: a lookup scans the whole document, and lowering costs more than the scan. */
const lowered = new Map<string, string>();
const LOWERED_MAX = 50_000;

/** Lower case, one UTF-16 unit for one, so indexes stay those of the original text. */
function lowerSameLength(text: string): string {
  const known = lowered.get(text);
  if (known !== undefined) return known;
  const out = lowerEach(text);
  if (lowered.size >= LOWERED_MAX) lowered.clear();
  lowered.set(text, out);
  return out;
}

function lowerEach(text: string): string {
  // Most text lowers without changing length: then the whole-string call is the answer.
  const whole = text.toLowerCase();
  if (whole.length === text.length) return whole;
  let out = "";
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Every whole-word occurrence of `term` in the English `text`. */
export function findEnglish(text: string, term: string): Span[] {
  const needle = lowerSameLength(term);
  if (!needle) return [];
  const hay = lowerSameLength(text);
  const out: Span[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (isWordChar(hay[i - 1]) && isWordChar(needle[0])) continue;
    const after = i + needle.length;
    const ending = ENDINGS.find((e) => hay.startsWith(e, after) && !(isWordChar(needle.at(-1)) && isWordChar(hay[after + e.length])));
    if (ending === undefined) continue;
    out.push({ start: utf16ToCodePoint(text, i), end: utf16ToCodePoint(text, after + ending.length) });
  }
  return out;
}

/** Every occurrence of any of `needles` in `text`, in order, overlaps dropped. */
export function findChinese(text: string, needles: readonly string[]): Span[] {
  const found: Array<{ at: number; length: number }> = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push({ at: i, length: needle.length });
  }
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const out: Span[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.at < reached) continue;
    reached = f.at + f.length;
    out.push({ start: utf16ToCodePoint(text, f.at), end: utf16ToCodePoint(text, reached) });
  }
  return out;
}
