import { describe, expect, it } from "vitest";
import { mergeWithNext, shiftDown, shiftUp, splitChinese, type AlignmentProblem, type EditorRow } from "./alignment-ops";

const rows: EditorRow[] = [
  { paragraph: 0, kind: "sentence", en: "One.", zh: "一。二。" },
  { paragraph: 0, kind: "sentence", en: "Two.", zh: "" },
  { paragraph: 1, kind: "sentence", en: "Three.", zh: "三。" },
];
const zh = (result: EditorRow[] | AlignmentProblem) => (typeof result === "string" ? result : result.map((r) => r.zh));

describe("alignment editor operations", () => {
  it("splits a Chinese cell at the cursor or its last sentence", () => {
    expect(zh(splitChinese(rows, 0, 2))).toEqual(["一。", "二。", "三。"]);
    expect(zh(splitChinese(rows, 0))).toEqual(["一。", "二。", "三。"]);
    expect(splitChinese(rows, 2)).toBe("noNextRowToSplit");
  });
  it("merges a row with the next", () => {
    const merged = mergeWithNext(rows, 1);
    expect(typeof merged !== "string" && merged.map((r) => [r.en, r.zh, r.paragraph])).toEqual([
      ["One.", "一。二。", 0],
      ["Two. Three.", "三。", 0],
    ]);
  });
  it("shifts a sentence up and down", () => {
    expect(zh(shiftDown(rows, 0))).toEqual(["一。", "二。", "三。"]);
    expect(zh(shiftUp(rows, 2))).toEqual(["一。二。", "三。", ""]);
    expect(shiftUp(rows, 1)).toBe("noChineseToMove");
  });
});
