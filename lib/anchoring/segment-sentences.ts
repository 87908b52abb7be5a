/**
 * Sentence segmentation of a pasted letter, English or Chinese, into the segments the reader shows.
 *
 * Every segment keeps its exact span in the input (UTF-16 offsets, `end` exclusive), and only
 * whitespace lies between consecutive segments: segmentation never loses or duplicates a character
 * (a property test checks it). Paragraphs are separated by blank lines and numbered from 0, like
 * the seeded letter. A short first line such as "Dear …," or "To the Board …:" is a salutation; a
 * closing line such as "Sincerely," and the lines after it (names) are sign-offs.
 *
 * English: a sentence ends at `.`, `!`, `?` or an ellipsis, plus any closing quotes or brackets,
 * followed by whitespace — so decimals ("3.14", "$1.5 million") never split. A full stop after a
 * known abbreviation (Dr., Mr., St., No. 5, …), an initial ("J. R. R.") or before a lower-case word
 * does not end a sentence; after an initialism or "etc." it does only when a word that usually
 * opens a sentence follows.
 * Chinese: a sentence ends at 。！？； (full- or half-width: ! ? ; too, and `.` after a CJK
 * character), plus closing quotes or brackets (」』”）), whitespace optional.
 */

export type SegmentKind = "salutation" | "sentence" | "signoff";
export type SegmentLanguage = "en" | "zh";

export interface TextSegment {
  text: string;
  /** UTF-16 offsets into the input; `end` exclusive. */
  start: number;
  end: number;
  paragraph: number;
  kind: SegmentKind;
}

/** Never end a sentence: these precede a name or a number. */
const TITLES = new Set(
  "mr mrs ms mx dr prof st sr jr rev fr gen col capt lt sgt sen rep gov pres hon mt ft no nos vs cf approx fig figs vol vols pp p ch art sec dept est ca al jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
/** End a sentence only when the next word looks like the start of one. */
const CONTEXT_ABBREVIATIONS = new Set("etc inc ltd co corp llc plc bros".split(" "));
/** Capitalised words that usually open a sentence (after an initialism such as "U.S." or "p.m."). */
const SENTENCE_STARTERS = new Set(
  "the a an we i it its this that these those he she they you our my his her their but and or so yet if when while as in on at for from by with after before since because although though however also then now today there here what why how who please thank thanks sincerely many most some all no one each every".split(
    " ",
  ),
);

const EN_CLOSERS = "\"'”’)]}»›";
const ZH_STOPS = "。！？；!?;｡";
const ZH_CLOSERS = "」』”’）)】》〉\"'»";
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

const SALUTATION = /^(?:dear|dearest|to|hi|hello|greetings|attn|attention|親愛的|致|各位|敬愛的)[^\n]{0,120}?[,:，：]$/iu;
const SIGNOFF =
  /^(?:sincerely|yours|regards|best|kind regards|warm regards|with gratitude|respectfully|cordially|thank you|thanks|signed|此致|敬上|謹啟|谨启|敬啟|敬启|謹上|谨上|署名|簽名|签名)[^\n]{0,40}$/iu;

/** Splits `text` into segments; see the module comment for the rules. */
export function segmentSentences(text: string, language: SegmentLanguage): TextSegment[] {
  const segments: TextSegment[] = [];
  let paragraph = 0;
  let signingOff = false;
  for (const block of paragraphsOf(text)) {
    const lines = linesOf(text, block.start, block.end);
    let cursor = block.start;
    const first = lines[0];
    if (segments.length === 0 && first && SALUTATION.test(text.slice(first.start, first.end))) {
      segments.push({ text: text.slice(first.start, first.end), start: first.start, end: first.end, paragraph, kind: "salutation" });
      cursor = first.end;
      if (lines.length > 1) paragraph++;
    }
    for (const line of lines) {
      if (line.start < cursor) continue;
      const content = text.slice(line.start, line.end);
      if (signingOff || (content.length <= 60 && SIGNOFF.test(content) && !/[.!?。！？]$/u.test(content))) {
        // A closing line and every line after it (names, titles) stay whole.
        if (cursor < line.start) pushSentences(segments, text, cursor, line.start, paragraph, language);
        segments.push({ text: content, start: line.start, end: line.end, paragraph, kind: "signoff" });
        cursor = line.end;
        signingOff = true;
      }
    }
    if (cursor < block.end) pushSentences(segments, text, cursor, block.end, paragraph, language);
    paragraph++;
  }
  return segments;
}

function pushSentences(out: TextSegment[], text: string, from: number, to: number, paragraph: number, language: SegmentLanguage) {
  const ends = language === "zh" ? chineseEnds(text, from, to) : englishEnds(text, from, to);
  let start = from;
  for (const end of [...ends, to]) {
    const s = skipSpace(text, start, end);
    const e = trimEnd(text, s, end);
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph, kind: "sentence" });
    start = end;
  }
}

function englishEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") {
      i++;
      continue;
    }
    let j = i;
    while (j < to && ".!?…".includes(text[j]!)) j++;
    const stops = text.slice(i, j);
    while (j < to && EN_CLOSERS.includes(text[j]!)) j++;
    if (j >= to) break;
    if (!/\s/u.test(text[j]!)) {
      i = j;
      continue;
    }
    const next = skipSpace(text, j, to);
    if (next < to && endsEnglishSentence(text, from, i, stops, next)) ends.push(j);
    i = j;
  }
  return ends;
}

function endsEnglishSentence(text: string, from: number, stopAt: number, stops: string, next: number): boolean {
  const nextWord = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(text.slice(next, next + 40))?.[1] ?? "";
  const startsLower = /^\p{Ll}/u.test(nextWord);
  if (startsLower) return false;
  if (stops.includes("!") || stops.includes("?")) return true;
  if (stops !== ".") return /^\p{Lu}/u.test(nextWord); // an ellipsis: only before a capital
  const word = wordBefore(text, Math.max(from, stopAt - 40), stopAt);
  const bare = word.replace(/^.*['’-]/u, "");
  const lower = bare.toLowerCase();
  if (TITLES.has(lower)) return lower === "no" || lower === "nos" ? !/^\p{N}/u.test(nextWord) && !isTitleCase(bare) : false;
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: J. R. R. Tolkien
  const starter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (bare.includes(".")) return starter; // an initialism: U.S., p.m., e.g., Ph.D.
  if (CONTEXT_ABBREVIATIONS.has(lower)) return starter;
  return true;
}

const isTitleCase = (word: string) => /^\p{Lu}\p{Ll}$/u.test(word);

const WORD_CHAR = /^[\p{L}\p{N}.&'’-]$/u;

/**
 * The run of word characters (letters, digits, . & ' ’ -) that ends at `end` and starts at or after
 * `limit`, read backwards one code point at a time. (A `[…]*$` pattern would retry the run from
 * every position in it: quadratic.)
 */
export function wordBefore(text: string, limit: number, end: number): string {
  let start = end;
  while (start > limit) {
    const pair = start - 2 >= limit && /[\ud800-\udbff]/.test(text[start - 2]!) && /[\udc00-\udfff]/.test(text[start - 1]!);
    const char = text.slice(pair ? start - 2 : start - 1, start);
    if (!WORD_CHAR.test(char)) break;
    start -= char.length;
  }
  return text.slice(start, end);
}

function chineseEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    const stop =
      ZH_STOPS.includes(c) ||
      c === "…" ||
      (c === "." && i > from && CJK.test(text[i - 1]!) && (i + 1 >= to || /[\s\u3400-\u9fff"'”」』)）]/u.test(text[i + 1]!)));
    if (!stop) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && (ZH_STOPS.includes(text[j]!) || text[j] === "…" || text[j] === ".")) j++;
    while (j < to && ZH_CLOSERS.includes(text[j]!)) j++;
    // An ellipsis mid-sentence (……然後) continues unless a stop follows it.
    const stops = text.slice(i, j).replace(/[」』”’）)】》〉"'»]/gu, "");
    const onlyEllipsis = /^(?:…+|\.{2,})$/u.test(stops);
    if (j < to && !(onlyEllipsis && /[\u3400-\u9fff，,]/u.test(text[j]!))) ends.push(j);
    i = j;
  }
  return ends;
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const separator = /\n[^\S\n]*\n\s*/gu;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    blocks.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  blocks.push({ start, end: text.length });
  return blocks.map((b) => ({ start: skipSpace(text, b.start, b.end), end: trimEnd(text, b.start, b.end) })).filter((b) => b.end > b.start);
}

function linesOf(text: string, from: number, to: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === "\n") {
      const s = skipSpace(text, start, i);
      const e = trimEnd(text, s, i);
      if (e > s) lines.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return lines;
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/u.test(text[from]!)) from++;
  return from;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to;
}
