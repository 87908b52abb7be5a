import { describe, expect, it } from "vitest";
import { DictionaryIndex } from "./lookup";

const CEDICT = `# CC-CEDICT
中國 中国 [Zhong1 guo2] /China/
銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/
河岸 河岸 [he2 an4] /river bank/
岸 岸 [an4] /bank/shore/beach/coast/
董事會 董事会 [dong3 shi4 hui4] /board of directors/
董事 董事 [dong3 shi4] /board member/
會 会 [hui4] /can/to be possible/to meet/
決定 决定 [jue2 ding4] /to decide/to determine/decision/
`;

describe("dictionary lookup", () => {
  const index = new DictionaryIndex(CEDICT);

  it("finds a Chinese word in either script, with pinyin, 注音 and senses", () => {
    const hant = index.lookup("決定");
    expect(hant.language).toBe("zh");
    expect(hant.entries).toEqual([
      {
        traditional: "決定",
        simplified: "决定",
        pinyin: "jué dìng",
        zhuyin: "ㄐㄩㄝˊ ㄉㄧㄥˋ",
        senses: ["to decide", "to determine", "decision"],
      },
    ]);
    expect(index.lookup("决定").entries[0]?.traditional).toBe("決定");
  });

  it("splits a Chinese phrase with no entry into the longest words it holds", () => {
    const entries = index.lookup("中國董事會").entries.map((e) => e.traditional);
    expect(entries).toEqual(["中國", "董事會"]);
  });

  it("finds the Chinese glosses of an English word, the plain rendering first", () => {
    const bank = index.lookup("bank");
    expect(bank.language).toBe("en");
    expect(bank.entries.map((e) => e.traditional)).toEqual(["銀行", "岸"]);
    expect(index.lookup("banks").entries.map((e) => e.traditional)).toContain("銀行");
    expect(index.lookup("decide").entries.map((e) => e.traditional)).toEqual(["決定"]);
    expect(index.lookup("zebra").entries).toEqual([]);
  });
});
