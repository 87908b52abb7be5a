import { describe, expect, it } from "vitest";
import type { WordLink } from "@/lib/alignment/types";
import { findChinese, findEnglish } from "./find-term";
import { searchConcordance, type ConcordanceSentence } from "./search";

const link = (en: [number, number], zh: [number, number]): WordLink => ({
  en: { start: en[0], end: en[1] },
  zh: { start: zh[0], end: zh[1] },
  score: 1,
});

// "The board met." / "董事會開會。" ; "Boards and the board's chair." / "各董事與董事長。"
const sentences: ConcordanceSentence[] = [
  { segmentId: "s1", en: "The board met.", zh: { A: "董事會開會。", B: "理事會開會。" } },
  { segmentId: "s2", en: "Boards and the board's chair.", zh: { A: "各董事與董事長。", B: "各理事會與理事會主席。" } },
  { segmentId: "s3", en: "Onboarding starts at the keyboard.", zh: { A: "入職從鍵盤開始。" } },
];
const links: Record<string, Record<string, WordLink[]>> = {
  A: { s1: [link([4, 9], [0, 3])], s2: [link([0, 6], [0, 3]), link([15, 22], [4, 6])], s3: [] },
  B: { s1: [link([4, 9], [0, 3])], s2: [link([0, 6], [1, 4]), link([15, 22], [5, 8])] },
};
const base = {
  sentences,
  versionIds: ["A", "B"],
  linksOf: (v: string, s: string) => links[v]?.[s],
  limit: 200,
};

describe("findEnglish", () => {
  it("matches whole words, any case, with plural and possessive endings", () => {
    expect(findEnglish("Boards and the board's chair.", "board")).toEqual([
      { start: 0, end: 6 },
      { start: 15, end: 22 },
    ]);
    expect(findEnglish("Onboarding starts at the keyboard.", "board")).toEqual([]);
    expect(findEnglish("Acting in Bad Faith, bad faith.", "bad faith")).toHaveLength(2);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(findEnglish("😀 board", "board")).toEqual([{ start: 2, end: 7 }]);
  });
});

describe("findChinese", () => {
  it("finds every form given, longest first, without overlaps", () => {
    expect(findChinese("董事會與董事", ["董事", "董事會"])).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ]);
  });
});

describe("searchConcordance", () => {
  it("an English term: each hit with each version's linked rendering, tallied per version", () => {
    const result = searchConcordance({ ...base, term: "board", chineseForms: [] });
    expect(result.language).toBe("en");
    expect(result.hits.map((h) => [h.segmentId, h.en])).toEqual([
      ["s1", { start: 4, end: 9 }],
      ["s2", { start: 0, end: 6 }],
      ["s2", { start: 15, end: 22 }],
    ]);
    expect(result.hits[1]!.renderings).toEqual([
      { versionId: "A", zh: { start: 0, end: 3 } },
      { versionId: "B", zh: { start: 1, end: 4 } },
    ]);
    expect(result.renderings).toEqual([
      { versionId: "A", text: "各董事", count: 1 },
      { versionId: "A", text: "董事", count: 1 },
      { versionId: "A", text: "董事會", count: 1 },
      { versionId: "B", text: "理事會", count: 3 },
    ]);
    // A renders "board" three ways; B always the same way.
    expect(result.inconsistent).toEqual(["A"]);
  });

  it("a Chinese term: the English linked to it, and the other version's rendering of that English", () => {
    const result = searchConcordance({ ...base, term: "董事会", chineseForms: ["董事会", "董事會"] });
    expect(result.language).toBe("zh");
    expect(result.hits).toEqual([
      {
        segmentId: "s1",
        en: { start: 4, end: 9 },
        renderings: [
          { versionId: "A", zh: { start: 0, end: 3 } },
          { versionId: "B", zh: { start: 0, end: 3 } },
        ],
      },
    ]);
  });

  it("caps the hits listed but counts them all", () => {
    const result = searchConcordance({ ...base, term: "board", chineseForms: [], limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBe(3);
    expect(result.truncated).toBe(true);
    expect(result.renderings.find((r) => r.versionId === "B")?.count).toBe(3);
  });

  it("a term found nowhere gives no hits and no tallies", () => {
    const result = searchConcordance({ ...base, term: "treasurer", chineseForms: [] });
    expect(result).toMatchObject({ hits: [], total: 0, truncated: false, renderings: [], inconsistent: [] });
  });
});
