/**
 * Word lookups for the reader's dictionary card, over CC-CEDICT (CC BY-SA 4.0, MDBG): a Chinese
 * word → its entries (both scripts' headwords, pinyin, 注音, senses); an English word → the
 * Chinese words glossed by it. A Chinese query with no entry of its own is split into the longest
 * headwords it holds, so a phrase still shows its parts.
 *
 * Pure: the caller hands in the file's text or its parsed entries (lib/alignment/cedict-file.ts
 * parses the file once per thread for this index and the aligner's).
 */
import { lemmaCandidates } from "../alignment/english-tokens";
import { normalizeGloss } from "../alignment/cedict-index";
import { parseCedict, type CedictEntry } from "../cedict/parse-cedict";
import { pinyinMarks, pinyinZhuyin } from "./pinyin";

export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  zhuyin: string;
  senses: string[];
}

export interface LookupResult {
  query: string;
  language: "zh" | "en";
  entries: DictionaryEntry[];
}

const MAX_ENTRIES = 8;
const MAX_SENSES = 8;
const MAX_HEADWORD = 8;
const LENGTH_RANK: Record<number, number> = { 2: 0, 3: 1, 1: 2 };
const HAN = /\p{Script=Han}/u;
/** Frequent single characters whose common reading is not the one with the most senses. */
const PREFERRED_READINGS: Record<string, string> = {
  了: "le5",
  的: "de5",
  得: "de5",
  地: "de5",
  著: "zhe5",
  着: "zhe5",
  長: "chang2",
  长: "chang2",
  還: "hai2",
  还: "hai2",
  都: "dou1",
  和: "he2",
  中: "zhong1",
  為: "wei4",
  为: "wei4",
  要: "yao4",
  會: "hui4",
  会: "hui4",
  行: "xing2",
  重: "zhong4",
};
const NOT_SENSE = ["variant of", "old variant", "see ", "cl:", "used in", "also written", "erhua variant"];

export class DictionaryIndex {
  private readonly entries: readonly CedictEntry[];
  private readonly byHeadword = new Map<string, number[]>();
  private readonly byGloss = new Map<string, number[]>();

  /** The file's text, or its entries when the caller has parsed it already (lib/cedict); kept as given, not copied. */
  constructor(source: string | readonly CedictEntry[]) {
    this.entries = typeof source === "string" ? parseCedict(source) : source;
    this.entries.forEach((entry, id) => {
      add(this.byHeadword, entry.traditional, id);
      if (entry.simplified !== entry.traditional) add(this.byHeadword, entry.simplified, id);
      for (const sense of entry.senses) {
        const key = normalizeGloss(sense);
        if (key && key.split(" ").length <= 3 && !NOT_SENSE.some((p) => sense.toLowerCase().startsWith(p))) add(this.byGloss, key, id);
      }
    });
  }

  lookup(query: string): LookupResult {
    const q = query.trim();
    if (HAN.test(q)) return { query: q, language: "zh", entries: this.chinese(q).map((id) => this.view(id)) };
    return { query: q, language: "en", entries: this.english(q).map((id) => this.view(id)) };
  }

  /**
   * The numbered CC-CEDICT reading of a Chinese headword (either script) as a word in running
   * text, or null when it has no entry. Of several entries (a polyphone, a surname), the common
   * reading is taken: PREFERRED_READINGS for the frequent single characters, then a lower-case
   * reading over a name's, then an entry with senses of its own over a variant's, then the entry
   * with the most senses (a rough stand-in for frequency).
   */
  readingOf(headword: string): string | null {
    const ids = this.byHeadword.get(headword);
    if (!ids) return null;
    const preferred = PREFERRED_READINGS[headword];
    if (preferred && ids.some((id) => this.entries[id]!.reading === preferred)) return preferred;
    const rank = (id: number) => {
      const e = this.entries[id]!;
      const name = /^[A-Z]/.test(e.reading) ? 1 : 0;
      const variant = e.senses.every((s) => NOT_SENSE.some((p) => s.toLowerCase().startsWith(p)) || s.includes("variant of")) ? 1 : 0;
      return name * 10_000 + variant * 1_000 - Math.min(e.senses.length, 999);
    };
    const best = [...ids].sort((a, b) => rank(a) - rank(b) || a - b)[0]!;
    return this.entries[best]!.reading;
  }

  private chinese(q: string): number[] {
    const exact = this.byHeadword.get(q);
    if (exact) return exact.slice(0, MAX_ENTRIES);
    // The longest headwords the text holds, left to right (a phrase shows its words).
    const chars = Array.from(q);
    const out: number[] = [];
    for (let i = 0; i < chars.length && out.length < MAX_ENTRIES;) {
      let found = 0;
      for (let n = Math.min(MAX_HEADWORD, chars.length - i); n > 0 && !found; n--) {
        const ids = this.byHeadword.get(chars.slice(i, i + n).join(""));
        if (ids) {
          out.push(...ids.slice(0, 2));
          found = n;
        }
      }
      i += found || 1;
    }
    return out.slice(0, MAX_ENTRIES);
  }

  private english(q: string): number[] {
    const key = normalizeGloss(q);
    const keys = key.includes(" ") ? [key] : [key, ...lemmaCandidates(key)];
    const seen = new Set<number>();
    for (const k of keys) for (const id of this.byGloss.get(k) ?? []) seen.add(id);
    // Words whose first sense is the query first; then two-character words (single characters in
    // CC-CEDICT are often literary); then fewer senses (a word that means just this).
    const rank = (id: number) => {
      const e = this.entries[id]!;
      const first = keys.includes(normalizeGloss(e.senses[0] ?? "")) ? 0 : 1;
      const proper = /^[A-Z]/.test(e.reading) ? 1 : 0;
      const length = LENGTH_RANK[Array.from(e.traditional).length] ?? 3;
      return first * 1000 + proper * 500 + length * 100 + Math.min(e.senses.length, 99);
    };
    return [...seen].sort((a, b) => rank(a) - rank(b) || a - b).slice(0, MAX_ENTRIES);
  }

  private view(id: number): DictionaryEntry {
    const e = this.entries[id]!;
    return {
      traditional: e.traditional,
      simplified: e.simplified,
      pinyin: pinyinMarks(e.reading),
      zhuyin: pinyinZhuyin(e.reading),
      senses: e.senses.filter((s) => !s.startsWith("CL:")).slice(0, MAX_SENSES),
    };
  }
}

function add(map: Map<string, number[]>, key: string, id: number) {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids.at(-1) !== id) ids.push(id);
}
