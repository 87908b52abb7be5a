/**
 * Turns CC-CEDICT (Chinese → English, CC BY-SA 4.0, MDBG) into the English → Chinese index the
 * aligner needs. Each English gloss of up to four words is a key of its own ("bad faith",
 * "round-the-clock"); its content words are weaker keys ("clock" → 全天候 at a fraction of the
 * weight), so a word finds the Chinese it is part of. Both the Traditional and the Simplified
 * headword are kept, so either script of the canonical text is found.
 *
 * Pure: the caller hands in the file's text or its parsed entries (lib/alignment/cedict-file.ts
 * reads and parses it once per thread).
 */
import { parseCedict, type CedictEntry } from "../cedict/parse-cedict";
import { FUNCTION_WORDS, lemmaCandidates } from "./english-tokens";
import type { BilingualDictionary } from "./types";

const SKIP_PREFIXES = [
  "variant of",
  "old variant",
  "see ",
  "cl:",
  "used in",
  "abbr",
  "surname ",
  "taiwan pr",
  "also written",
  "erhua",
  "pr. ",
];
const LEADING = ["to ", "a ", "an ", "the ", "be ", "one's ", "sb's ", "sth "];
const MAX_HEADWORD = 6;

/** Parenthesised asides removed: "(of an organisation) to lead" → " to lead". */
function dropParentheses(gloss: string): string {
  let out = "";
  let depth = 0;
  for (const c of gloss) {
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

export function normalizeGloss(raw: string): string {
  let g = dropParentheses(raw.toLowerCase()).replace(/\s+/g, " ").trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const p of LEADING) {
      if (g.startsWith(p)) {
        g = g.slice(p.length).trim();
        changed = true;
      }
    }
  }
  return g
    .replace(/\b(?:sb|sth|one's|oneself)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export class CedictIndex implements BilingualDictionary {
  private readonly keys = new Map<string, Map<string, number>>();
  /** Headword → its glosses' text, kept as one string and split into words on first use. */
  private readonly glosses = new Map<string, string>();
  private readonly glossWordCache = new Map<string, ReadonlySet<string>>();
  readonly entries: number;

  /** The file's text, or its entries when the caller has parsed it already (lib/cedict). */
  constructor(source: string | readonly CedictEntry[]) {
    let entries = 0;
    for (const { traditional: trad, simplified: simp, senses } of typeof source === "string" ? parseCedict(source) : source) {
      if (Array.from(trad).length > MAX_HEADWORD || /[A-Z0-9]/i.test(trad)) continue;
      entries++;
      const single = Array.from(trad).length === 1 ? 0.6 : 1;
      // Each sense ends in "/", so the glosses of several entries of one headword stay apart.
      const glossText = senses.join("/").toLowerCase() + "/";
      for (const zh of trad === simp ? [trad] : [trad, simp]) this.glosses.set(zh, (this.glosses.get(zh) ?? "") + glossText);
      for (const part of senses) {
        for (const piece of part.split(/[;,]/)) {
          const lower = piece.trim().toLowerCase();
          if (!lower || SKIP_PREFIXES.some((p) => lower.startsWith(p))) continue;
          this.addGloss(normalizeGloss(lower), trad, simp, single);
        }
      }
    }
    this.entries = entries;
  }

  private addGloss(gloss: string, trad: string, simp: string, base: number) {
    if (!gloss) return;
    const words = gloss.split(" ");
    if (words.length > 4) return;
    this.put(gloss, trad, simp, base);
    // "(production) costs" is also found from "cost".
    if (words.length === 1 && gloss.endsWith("s") && !gloss.endsWith("ss") && gloss.length > 3)
      this.put(gloss.slice(0, -1), trad, simp, base * 0.9);
    // Hyphenated glosses ("round-the-clock") are found from their words too.
    if (words.length === 1 && gloss.includes("-")) for (const w of gloss.split("-")) this.put(w, trad, simp, base * 0.3);
    if (words.length === 1) return;
    const content = words.filter((w) => !FUNCTION_WORDS.has(w));
    for (const w of content) this.put(w, trad, simp, (base * 0.5) / content.length);
  }

  private put(key: string, trad: string, simp: string, weight: number) {
    let bucket = this.keys.get(key);
    if (!bucket) this.keys.set(key, (bucket = new Map()));
    for (const zh of trad === simp ? [trad] : [trad, simp]) {
      if ((bucket.get(zh) ?? 0) < weight) bucket.set(zh, weight);
    }
  }

  lookup(englishKey: string): ReadonlyArray<{ zh: string; weight: number }> {
    const bucket = this.keys.get(englishKey);
    return bucket ? Array.from(bucket, ([zh, weight]) => ({ zh, weight })) : [];
  }

  glossWords(zh: string): ReadonlySet<string> | undefined {
    const cached = this.glossWordCache.get(zh);
    if (cached) return cached;
    const text = this.glosses.get(zh);
    if (text === undefined) return undefined;
    const words = new Set<string>();
    // "=gloss" marks a whole gloss ("=new"), which says more than a word inside one ("break new ground").
    for (const piece of text.split(/[/;,]/)) words.add("=" + normalizeGloss(piece));
    // Words in parentheses count too: 奶奶 "(informal) grandma (paternal grandmother)".
    for (const w of text.split(/[^a-z']+/)) {
      if (w.length > 1 && !FUNCTION_WORDS.has(w)) for (const lemma of lemmaCandidates(w)) words.add(lemma);
    }
    if (this.glossWordCache.size > 50_000) this.glossWordCache.clear();
    this.glossWordCache.set(zh, words);
    return words;
  }

  get size() {
    return this.keys.size;
  }
}
