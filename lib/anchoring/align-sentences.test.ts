import { describe, expect, it } from "vitest";
import { letterSegments } from "../../prisma/seed/openai-letter.en";
import { closeTranslation } from "../../prisma/seed/openai-letter.zh-hant";
import { alignLetter } from "./align-letter";
import { alignSentences, anchorsOf, bandFor, MAX_BAND, searchRows } from "./align-sentences";

/** The seeded letter as plain text: sentences joined by spaces (English) or nothing (Chinese), paragraphs by blank lines. */
function plain(join: string, text: (key: string, english: string) => string, breaks?: Set<number>): string {
  let out = "";
  let paragraph = letterSegments[0]!.paragraph;
  for (const [i, s] of letterSegments.entries()) {
    const newParagraph = breaks ? breaks.has(i) : s.paragraph !== paragraph;
    if (i > 0) out += newParagraph ? "\n\n" : join;
    paragraph = s.paragraph;
    out += text(s.key, s.text);
  }
  return out;
}

const english = plain(" ", (_, text) => text);
const chinese = plain("", (key) => closeTranslation[key]!);

describe("anchorsOf", () => {
  it("keeps numbers and capitalised Latin words", () => {
    expect([...anchorsOf("In 2023, Sam Altman said AI is the future of OpenAI, $1.5 million")]).toEqual([
      "in",
      "2023",
      "sam",
      "altman",
      "ai",
      "openai",
      "1.5",
    ]);
    expect([...anchorsOf("我們在 2023 年見到 Sam Altman")]).toEqual(["2023", "sam", "altman"]);
  });
});

describe("alignLetter", () => {
  it("re-aligns the seeded close translation 1-1 from plain text", () => {
    const rows = alignLetter(english, chinese);
    expect(rows.map((r) => r.en)).toEqual(letterSegments.map((s) => s.text));
    expect(rows.map((r) => r.zh)).toEqual(letterSegments.map((s) => closeTranslation[s.key]));
    expect(rows.map((r) => r.kind)).toEqual(letterSegments.map((s) => s.kind));
  });

  it("gives two English sentences' one Chinese sentence to the first (2-1), and keeps the rest in place", () => {
    // s03 and s04 merged into one Chinese sentence.
    const merged = chinese.replace(
      closeTranslation.s03! + closeTranslation.s04!,
      closeTranslation.s03!.replace(/。$/, "，") + closeTranslation.s04!,
    );
    const rows = alignLetter(english, merged);
    const at = (key: string) => rows[letterSegments.findIndex((s) => s.key === key)]!.zh;
    expect(at("s03")).toBe(closeTranslation.s03!.replace(/。$/, "，") + closeTranslation.s04!);
    expect(at("s04")).toBe("");
    for (const key of ["s02", "s05", "s06", "s12", "s20"]) expect(at(key)).toBe(closeTranslation[key]);
  });

  it("aligns one English sentence to two Chinese ones (1-2)", () => {
    const split = chinese.replace(closeTranslation.s06!, closeTranslation.s06!.replace("，已經", "。這已經"));
    const rows = alignLetter(english, split);
    const at = (key: string) => rows[letterSegments.findIndex((s) => s.key === key)]!.zh;
    expect(at("s06")).toBe(closeTranslation.s06!.replace("，已經", "。這已經"));
    for (const key of ["s05", "s07", "s20"]) expect(at(key)).toBe(closeTranslation[key]);
  });

  it("is not thrown by paragraph breaks that differ between the languages", () => {
    const shuffled = plain("", (key) => closeTranslation[key]!, new Set([1, 4, 9, 10, 15, 19]));
    const rows = alignLetter(english, shuffled);
    expect(rows.map((r) => r.zh)).toEqual(letterSegments.map((s) => closeTranslation[s.key]));
  });

  it("aligns a letter the code has never seen, with ASCII punctuation in the Chinese", () => {
    const en = `Dear Mayor Chen,

We, the 312 residents of No. 5 Harbour Rd., write about the new bridge. The city spent $4.2 million on it in 2022. Dr. Lin warned that it was unsafe. Nobody listened.

We ask for three things. First, close the bridge until it is inspected. Second, publish the report by Dr. Lin. Third, meet us before Dec. 1.

Sincerely,
The Harbour Road Residents' Association`;
    const zh = `親愛的陳市長:

我們是港灣路5號的312位居民,寫信給您談新橋的事.市府在2022年為它花了420萬美元.林博士曾警告它不安全.沒有人理會.

我們要求三件事.第一,在檢查之前關閉這座橋.第二,公布林博士的報告.第三,在12月1日前與我們會面.

此致
港灣路居民協會`;
    const rows = alignLetter(en, zh);
    expect(rows.map((r) => [r.kind, r.en, r.zh])).toEqual([
      ["salutation", "Dear Mayor Chen,", "親愛的陳市長:"],
      [
        "sentence",
        "We, the 312 residents of No. 5 Harbour Rd., write about the new bridge.",
        "我們是港灣路5號的312位居民,寫信給您談新橋的事.",
      ],
      ["sentence", "The city spent $4.2 million on it in 2022.", "市府在2022年為它花了420萬美元."],
      ["sentence", "Dr. Lin warned that it was unsafe.", "林博士曾警告它不安全."],
      ["sentence", "Nobody listened.", "沒有人理會."],
      ["sentence", "We ask for three things.", "我們要求三件事."],
      ["sentence", "First, close the bridge until it is inspected.", "第一,在檢查之前關閉這座橋."],
      ["sentence", "Second, publish the report by Dr. Lin.", "第二,公布林博士的報告."],
      ["sentence", "Third, meet us before Dec. 1.", "第三,在12月1日前與我們會面."],
      ["signoff", "Sincerely,", "此致"],
      ["signoff", "The Harbour Road Residents' Association", "港灣路居民協會"],
    ]);
  });

  it("aligns a long text quickly", () => {
    const en = Array.from({ length: 60 }, () => english).join("\n\n");
    const zh = Array.from({ length: 60 }, () => chinese).join("\n\n");
    const started = performance.now();
    const rows = alignLetter(en, zh);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(rows.filter((r, i) => r.zh === closeTranslation[letterSegments[i % letterSegments.length]!.key]).length).toBe(rows.length);
  });

  it("handles an empty side", () => {
    expect(alignSentences([], [{ text: "你好。", paragraph: 0 }])).toEqual([{ en: [], zh: [0] }]);
    expect(alignLetter("Hello.", "")).toEqual([{ paragraph: 0, kind: "sentence", en: "Hello.", zh: "" }]);
  });
});

/** `count` made-up sentences, a paragraph break after every tenth. */
const sentences = (count: number, text: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => ({ text: text(i), paragraph: Math.floor(i / 10) }));

describe("the search band", () => {
  it("never widens beyond MAX_BAND, so the cells are O((n + m) · MAX_BAND) whatever the counts", () => {
    for (const [n, m] of [
      [5, 5],
      [5_000, 5_000],
      [1_500, 10_000],
      [10_000, 1_500],
      [3, 50_000],
      [50_000, 3],
    ] as const) {
      expect(bandFor(n, m)).toBeLessThanOrEqual(MAX_BAND);
      expect(searchRows(n, m, bandFor(n, m)).cells).toBeLessThanOrEqual((n + 1) * (2 * MAX_BAND + 3) + m);
    }
  });

  it("aligns counts far apart (1,500 English, 10,000 Chinese) in well under the seconds it once took, covering every sentence once", () => {
    const en = sentences(1_500, (i) => `Sentence ${i} says the board met again.`);
    const zh = sentences(10_000, (i) => `第${i}句說董事會再次開會。`);
    const started = performance.now();
    const beads = alignSentences(en, zh);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(beads.flatMap((b) => b.en)).toEqual(en.map((_, i) => i));
    expect(beads.flatMap((b) => b.zh)).toEqual(zh.map((_, j) => j));
  });

  it("still finds a path when one side has hundreds of times the other's sentences", () => {
    const beads = alignSentences(
      sentences(3, (i) => `Line ${i}.`),
      sentences(2_000, (i) => `第${i}行。`),
    );
    expect(beads.flatMap((b) => b.zh)).toHaveLength(2_000);
    expect(beads.flatMap((b) => b.en)).toEqual([0, 1, 2]);
  });
});
