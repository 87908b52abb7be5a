import { describe, expect, it } from "vitest";
import { DictionaryIndex } from "./lookup";
import { readingsOf } from "./readings";

const CEDICT = `# CC-CEDICT
董事會 董事会 [dong3 shi4 hui4] /board of directors/
董事 董事 [dong3 shi4] /board member/
會 会 [hui4] /can/to be possible/to meet/
會 会 [kuai4] /to balance an account/
的 的 [de5] /of/~'s (possessive particle)/
的 的 [di4] /aim/clear/
決定 决定 [jue2 ding4] /to decide/to determine/decision/
了 了 [le5] /(completed action marker)/
了 了 [liao3] /to finish/to achieve/to understand clearly/
行 行 [hang2] /row/line/commercial firm/line of business/profession/
行 行 [xing2] /to walk/to go/to travel/a visit/temporary/makeshift/current/
和 和 [He2] /surname He/
和 和 [he2] /and/together with/with/
咊 和 [he2] /old variant of 和[he2]/
𠀋 𠀋 [zhang4] /an example outside the BMP/
`;

describe("readings of running text", () => {
  const index = new DictionaryIndex(CEDICT);

  it("reads each word, pinyin joined and 注音 by syllable, with code-point offsets", () => {
    expect(readingsOf("董事會的決定", index)).toEqual([
      { start: 0, end: 3, pinyin: "dǒngshìhuì", zhuyin: "ㄉㄨㄥˇ ㄕˋ ㄏㄨㄟˋ" },
      { start: 3, end: 4, pinyin: "de", zhuyin: "˙ㄉㄜ" },
      { start: 4, end: 6, pinyin: "juédìng", zhuyin: "ㄐㄩㄝˊ ㄉㄧㄥˋ" },
    ]);
  });

  it("reads Simplified text with the same entries", () => {
    expect(readingsOf("董事会决定了", index).map((r) => r.pinyin)).toEqual(["dǒngshìhuì", "juédìng", "le"]);
  });

  it("takes the common reading of a polyphone, not a surname's or a variant's", () => {
    expect(index.readingOf("了")).toBe("le5");
    expect(index.readingOf("行")).toBe("xing2");
    expect(index.readingOf("和")).toBe("he2");
    expect(index.readingOf("會")).toBe("hui4");
    expect(index.readingOf("無")).toBeNull();
  });

  it("leaves Latin, digits, punctuation and unknown characters without a reading, and counts code points", () => {
    const text = "2024年，ABC𠀋董事會";
    const readings = readingsOf(text, index);
    expect(readings.map((r) => [r.start, r.end, r.pinyin])).toEqual([
      [9, 10, "zhàng"],
      [10, 13, "dǒngshìhuì"],
    ]);
    expect(Array.from(text).slice(10, 13).join("")).toBe("董事會");
  });
});
