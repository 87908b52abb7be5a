import { describe, expect, it } from "vitest";
import { tokenizeEnglish } from "./english-tokens";
import { englishNumber, numberCandidates, parseChineseNumber } from "./numbers";

const render = (en: string, zh: string) =>
  Object.fromEntries(
    tokenizeEnglish(en).map((t) => [t.text, numberCandidates(t, zh).map((s) => Array.from(zh).slice(s.start, s.end).join(""))]),
  );

describe("numbers across the two languages", () => {
  it("reads Chinese numerals with units, digit strings and Arabic digits", () => {
    expect(parseChineseNumber("四百一十二")).toBe(412);
    expect(parseChineseNumber("四千二百")).toBe(4200);
    expect(parseChineseNumber("五百")).toBe(500);
    expect(parseChineseNumber("十二")).toBe(12);
    expect(parseChineseNumber("三萬五千")).toBe(35000);
    expect(parseChineseNumber("二〇二三")).toBe(2023);
    expect(parseChineseNumber("2023")).toBe(2023);
    expect(parseChineseNumber("２０２３")).toBe(2023);
    expect(parseChineseNumber("貓")).toBeNull();
  });

  it("reads English numbers, amounts and months", () => {
    expect(englishNumber("$4,200")).toEqual({ value: 4200, kind: "money" });
    expect(englishNumber("412")).toEqual({ value: 412, kind: "number" });
    expect(englishNumber("March")).toEqual({ value: 3, kind: "month" });
    expect(englishNumber("two")).toEqual({ value: 2, kind: "number" });
    expect(englishNumber("May")).toBeNull();
  });

  it("finds the Chinese that renders each number, with its unit", () => {
    const found = render(
      "On March 3, 2023 at 6 p.m. the company paid $4,200 for 412 books; 500 people came.",
      "2023年三月三日晚上六點，公司以四千二百美元買下412本書，五百人到場。",
    );
    expect(found).toMatchObject({
      March: ["三月"],
      "3": ["三日"],
      "2023": ["2023年"],
      "6": ["六點"],
      "p.m.": ["晚上"],
      "$4,200": ["四千二百美元"],
      "412": ["412"],
      "500": ["五百人"],
    });
  });

  it("reads words that name an object's inherited keys as words, not numbers", () => {
    expect(englishNumber("constructor")).toBeNull();
    expect(englishNumber("toString")).toBeNull();
  });
});
