/**
 * Traditional ⇄ Simplified conversion by phrase, with the offset map between the two texts.
 *
 * Traditional → Simplified follows OpenCC's Taiwan → mainland tables with phrases (`tw2sp`:
 * 執行長 → 首席执行官, 使用者 → 用户, 著名 stays 著名), Simplified → Traditional its mainland →
 * Taiwan ones (`s2twp`), and our own reviewed phrases (lib/script/phrases.ts) come first. OpenCC's
 * converter returns only a string, so its steps are redone here with its own tries, keeping
 * which source phrase became which shown phrase: that list gives the offset map
 * (lib/script/offset-map.ts) that anchors need when a phrase changes length.
 *
 * Results are remembered by text (a sentence converts once per server process, not per request).
 */
import { Trie, type DictGroup, type DictLike } from "opencc-js/core";
import { configs } from "opencc-js/preset";
import { codePointLength } from "../anchoring/code-points";
import type { ChangedPhrase, OffsetMap } from "./offset-map";
import { CN_TO_TW_PHRASES, TW_TO_CN_PHRASES } from "./phrases";
import type { Script } from "./script";

/** A source phrase and what it became. */
type Piece = readonly [source: string, shown: string];

export interface Conversion {
  text: string;
  /** Canonical (source) ↔ shown offsets; empty when every phrase kept its length. */
  map: OffsetMap;
}

interface Pipeline {
  own: Trie;
  normalization: Trie[];
  segmentation: Trie | null;
  chain: Trie[];
}

type OpenCCConfig = { normalizationChain?: DictGroup[]; segmentation?: DictLike | DictGroup; conversionChain: DictGroup[] };

function trieOf(group: DictLike | DictGroup): Trie {
  const trie = new Trie();
  if (Array.isArray(group) && group.every((d) => typeof d === "string")) trie.loadDictGroup(group as DictGroup);
  else trie.loadDict(group as DictLike);
  return trie;
}

function pipelineOf(configName: "tw2sp" | "s2twp", own: readonly (readonly [string, string])[]): Pipeline {
  const config = (configs as unknown as Record<string, OpenCCConfig>)[configName]!;
  const ownTrie = new Trie();
  for (const [from, to] of own) ownTrie.addWord(from, to);
  return {
    own: ownTrie,
    normalization: (config.normalizationChain ?? []).map(trieOf),
    segmentation: config.segmentation ? trieOf(config.segmentation) : null,
    chain: config.conversionChain.map(trieOf),
  };
}

/** One trie over `text`, longest match first, as OpenCC's Trie.convert does; unmatched text stays as runs. */
function piecesOf(trie: Trie, text: string): Piece[] {
  const out: Piece[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length;) {
    const match = trie.matchPrefix(text, i);
    if (!match) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    if (runStart < i) out.push([text.slice(runStart, i), text.slice(runStart, i)]);
    out.push([text.slice(i, match.end), match.value]);
    i = runStart = match.end;
  }
  if (runStart < text.length) out.push([text.slice(runStart), text.slice(runStart)]);
  return out;
}

const keepsLength = (p: Piece) => p[0] === p[1] || codePointLength(p[0]) === codePointLength(p[1]);
const results = (pieces: readonly Piece[]) => pieces.map((p) => p[1]).join("");

/** UTF-16 index `n` code points after `at` in `text`. */
function advance(text: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i < text.length; k++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** `pieces` with one side replaced by slices of `text` of the same lengths (what a length-keeping stage does). */
function replaceSide(pieces: readonly Piece[], text: string, side: 0 | 1): Piece[] {
  let at = 0;
  return pieces.map((piece) => {
    const end = advance(text, at, codePointLength(piece[side]));
    const slice = text.slice(at, end);
    at = end;
    return side === 1 ? [piece[0], slice] : [slice, piece[1]];
  });
}

/** Length-keeping pieces of several code points as single code points, so a length change elsewhere stays as small as it is. */
function explode(pieces: readonly Piece[]): Piece[] {
  return pieces.flatMap((p): Piece[] => {
    if (!keepsLength(p) || codePointLength(p[0]) < 2) return [p];
    const shown = [...p[1]];
    return [...p[0]].map((c, i) => [c, shown[i]!] as const);
  });
}

/** `first` then `second` (whose sources are `first`'s results) as one list: a piece ends where both lists have a boundary. */
function compose(first: readonly Piece[], second: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let j = 0;
  let source = "";
  let shown = "";
  let middleFromFirst = 0;
  let middleFromSecond = 0;
  while (i < first.length || j < second.length) {
    if (i < first.length && (middleFromFirst <= middleFromSecond || j >= second.length)) {
      source += first[i]![0];
      middleFromFirst += codePointLength(first[i]![1]);
      i++;
    } else {
      shown += second[j]![1];
      middleFromSecond += codePointLength(second[j]![0]);
      j++;
    }
    if (middleFromFirst === middleFromSecond && (source || shown)) {
      out.push([source, shown]);
      source = shown = "";
    }
  }
  if (source || shown) out.push([source, shown]);
  return out;
}

/** Two stages as one. Most stages keep every length, and then no piece lists need merging (fast on long texts). */
function then(first: readonly Piece[], second: readonly Piece[]): Piece[] {
  if (second.every(keepsLength)) return replaceSide(first, results(second), 1);
  if (first.every(keepsLength)) return replaceSide(second, first.map((p) => p[0]).join(""), 0);
  return compose(explode(first), explode(second));
}

function chainPieces(tries: readonly Trie[], text: string): Piece[] {
  let pieces: Piece[] = [[text, text]];
  for (const trie of tries) pieces = then(pieces, piecesOf(trie, results(pieces)));
  return pieces;
}

/** OpenCC's steps on a run of text none of our phrases matched: normalize, segment, convert each segment. */
function openccPieces(pipeline: Pipeline, run: string): Piece[] {
  const normalized = chainPieces(pipeline.normalization, run);
  const text = results(normalized);
  const segments = pipeline.segmentation ? pipeline.segmentation.segment(text) : [text];
  return then(
    normalized,
    segments.flatMap((segment) => chainPieces(pipeline.chain, segment)),
  );
}

function convertPieces(pipeline: Pipeline, text: string): Piece[] {
  const out: Piece[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length;) {
    const match = pipeline.own.matchPrefix(text, i);
    if (!match) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    if (runStart < i) out.push(...openccPieces(pipeline, text.slice(runStart, i)));
    out.push([text.slice(i, match.end), match.value]);
    i = runStart = match.end;
  }
  if (runStart < text.length) out.push(...openccPieces(pipeline, text.slice(runStart)));
  return out;
}

/** Code points that differ between two texts of the same length. */
function differing(a: string, b: string): number {
  const bs = [...b];
  return [...a].filter((c, i) => c !== bs[i]).length;
}

function conversionOf(pieces: readonly Piece[]): Conversion & { changed: number } {
  const map: ChangedPhrase[] = [];
  let canonical = 0;
  let shown = 0;
  let changed = 0;
  for (const [source, result] of pieces) {
    const canonicalLength = codePointLength(source);
    const shownLength = codePointLength(result);
    if (canonicalLength !== shownLength) map.push({ canonical, canonicalLength, shown, shownLength });
    if (source !== result) changed += canonicalLength !== shownLength ? canonicalLength : differing(source, result);
    canonical += canonicalLength;
    shown += shownLength;
  }
  return { text: pieces.map((p) => p[1]).join(""), map, changed };
}

const pipelines: Partial<Record<Script, Pipeline>> = {};
const pipelineTo = (to: Script) =>
  (pipelines[to] ??= to === "hans" ? pipelineOf("tw2sp", TW_TO_CN_PHRASES) : pipelineOf("s2twp", CN_TO_TW_PHRASES));

/** A bounded memo: a server reads the same few thousand sentences again and again. */
const MEMO_SIZE = 20_000;
const memo: Record<Script, Map<string, Conversion & { changed: number }>> = { hans: new Map(), hant: new Map() };

function converted(text: string, to: Script): Conversion & { changed: number } {
  const cache = memo[to];
  let result = cache.get(text);
  if (!result) {
    result = conversionOf(convertPieces(pipelineTo(to), text));
    if (cache.size >= MEMO_SIZE) cache.clear();
    cache.set(text, result);
  }
  return result;
}

/** `text`, written in `from`, shown in `to`, with the offset map from `text` to the result. */
export function convertScript(text: string, from: Script, to: Script): Conversion {
  if (from === to || !text) return { text, map: [] };
  const { text: shown, map } = converted(text, to);
  return { text: shown, map };
}

/** How many code points of `text` the conversion to `to` changes (for detecting a text's script). */
export const changedBy = (text: string, to: Script): number => converted(text, to).changed;

export const toSimplified = (text: string): string => convertScript(text, "hant", "hans").text;
export const toTraditional = (text: string): string => convertScript(text, "hans", "hant").text;
