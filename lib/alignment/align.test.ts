/**
 * The aligner against hand-made gold: the letter in both project translations (17 sentences each)
 * and two texts of other styles. The floors are the scores reached when they were set, less a
 * small margin, so a change that makes the links worse fails here. BENCHMARKS.md has the table.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { letterSegments } from "@/prisma/seed/openai-letter.en";
import { closeTranslation, fluentTranslation } from "@/prisma/seed/openai-letter.zh-hant";
import { alignDocument } from "./align";
import { alignBaseline } from "./baseline";
import { CedictIndex } from "./cedict-index";
import { cedictPath } from "./cedict-file";
import { keyedGoldSet, wholeGoldSet, type GoldSet } from "./gold/gold-sets";
import { letterCloseGold, letterFluentGold } from "./gold/letter-gold";
import { newsGold, teaGold } from "./gold/own-texts-gold";
import { scoreAlignment } from "./score";
import { loadWordNet } from "./wordnet-file";
import type { WordNetSynonyms } from "./wordnet-synonyms";

let dict: CedictIndex;
let synonyms: WordNetSynonyms;
beforeAll(() => {
  dict = new CedictIndex(readFileSync(cedictPath(), "utf8"));
  synonyms = loadWordNet();
}, 30_000);

const letter = (translation: Record<string, string>) => letterSegments.map((s) => ({ key: s.key, en: s.text, zh: translation[s.key]! }));
const sets: Array<{ set: GoldSet; floor: { coverage: number; precision: number; recall: number; aer: number } }> = [
  {
    set: keyedGoldSet("letter, 直譯", letter(closeTranslation), letterCloseGold),
    floor: { coverage: 0.97, precision: 0.98, recall: 0.79, aer: 0.12 },
  },
  {
    set: keyedGoldSet("letter, 意譯", letter(fluentTranslation), letterFluentGold),
    floor: { coverage: 0.89, precision: 0.9, recall: 0.69, aer: 0.22 },
  },
  { set: wholeGoldSet("news", newsGold), floor: { coverage: 0.97, precision: 0.95, recall: 0.95, aer: 0.04 } },
  { set: wholeGoldSet("tea", teaGold), floor: { coverage: 0.9, precision: 0.95, recall: 0.74, aer: 0.16 } },
];

describe("word aligner on the gold sets", () => {
  for (const { set, floor } of sets) {
    it(`${set.name}: coverage ≥ ${floor.coverage}, AER ≤ ${floor.aer}, and better than Model 1 alone`, () => {
      const ours = scoreAlignment(set.gold, set.pick(alignDocument(set.pairs, dict, synonyms)));
      const baseline = scoreAlignment(set.gold, set.pick(alignBaseline(set.pairs)));
      expect(ours.coverage).toBeGreaterThanOrEqual(floor.coverage);
      expect(ours.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(ours.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(ours.aer).toBeLessThanOrEqual(floor.aer);
      expect(ours.aer).toBeLessThan(baseline.aer);
      expect(ours.coverage).toBeGreaterThan(baseline.coverage);
    });
  }

  it("links words in a proposal-sized document of one sentence, from the dictionary alone", () => {
    const en = "Sam Altman met 412 students at 6 p.m. on March 3.";
    const zh = "Sam Altman 於三月三日晚上六點會見了四百一十二名學生。";
    const [links] = alignDocument([{ en, zh }], dict, synonyms);
    const cut = (t: string, s: { start: number; end: number }) => Array.from(t).slice(s.start, s.end).join("");
    expect(links!.map((l) => `${cut(en, l.en)}=${cut(zh, l.zh)}`)).toEqual(
      expect.arrayContaining(["Sam Altman=Sam Altman", "412=四百一十二名", "6 p.m.=晚上六點", "March 3=三月三日", "students=學生"]),
    );
    // The answer's shape: plain code-point spans and a score, nothing else.
    for (const link of links!)
      expect(Object.keys(link.en).concat(Object.keys(link.zh), Object.keys(link)).sort()).toEqual([
        "en",
        "end",
        "end",
        "score",
        "start",
        "start",
        "zh",
      ]);
  });

  it("links a date as one phrase wherever it stands, though the dictionary lists its month alone", () => {
    const cut = (t: string, s: { start: number; end: number }) => Array.from(t).slice(s.start, s.end).join("");
    const pairs = [
      { en: "On April 5, the board met.", zh: "四月五日，董事會開會。" },
      { en: "On March 3, the board met.", zh: "三月三日，董事會開會。" },
    ];
    const links = alignDocument(pairs, dict, synonyms);
    expect(links[0]!.map((l) => `${cut(pairs[0]!.en, l.en)}=${cut(pairs[0]!.zh, l.zh)}`)).toContain("April 5=四月五日");
    expect(links[1]!.map((l) => `${cut(pairs[1]!.en, l.en)}=${cut(pairs[1]!.zh, l.zh)}`)).toContain("March 3=三月三日");
  });

  it("reaches a rendering through a WordNet synonym, but prefers the word's own", () => {
    const linked = (en: string, zh: string, withSynonyms: boolean) => {
      const [links] = alignDocument([{ en, zh }], dict, withSynonyms ? synonyms : null);
      const cut = (t: string, s: { start: number; end: number }) => Array.from(t).slice(s.start, s.end).join("");
      return links!.map((l) => `${cut(en, l.en)}=${cut(zh, l.zh)}`);
    };
    // CC-CEDICT has 趕緊 under "hurriedly", not under "hastily"; WordNet has them in one synset.
    expect(linked("They left hastily.", "他們趕緊離開了。", false)).not.toContain("hastily=趕緊");
    expect(linked("They left hastily.", "他們趕緊離開了。", true)).toContain("hastily=趕緊");
    // 急忙 is listed under "hastily" itself: with it in the sentence, the synonym path stays out of the way.
    expect(linked("They left hastily.", "他們趕緊收拾，急忙離開了。", true)).toContain("hastily=急忙");
  });

  it("counts offsets in code points, so an astral character counts once", () => {
    const en = "😀 The cat sleeps.";
    const zh = "😀 貓在睡覺。";
    const [links] = alignDocument([{ en, zh }], dict);
    const cat = links!.find((l) => Array.from(en).slice(l.en.start, l.en.end).join("") === "cat");
    expect(cat && Array.from(zh).slice(cat.zh.start, cat.zh.end).join("")).toBe("貓");
  });
});
