import { describe, expect, it } from "vitest";
import { pinyinMarks, pinyinZhuyin, syllableToZhuyin } from "./pinyin";

describe("pinyin to 注音", () => {
  it("converts initials, finals and tones as a Taiwanese textbook writes them", () => {
    expect(pinyinZhuyin("zhong1 guo2")).toBe("ㄓㄨㄥ ㄍㄨㄛˊ");
    expect(pinyinZhuyin("yin2 hang2")).toBe("ㄧㄣˊ ㄏㄤˊ");
    expect(pinyinZhuyin("xue2 sheng5")).toBe("ㄒㄩㄝˊ ˙ㄕㄥ");
    expect(pinyinZhuyin("shi4 jie4")).toBe("ㄕˋ ㄐㄧㄝˋ");
    expect(pinyinZhuyin("lu:4 se4")).toBe("ㄌㄩˋ ㄙㄜˋ");
    expect(pinyinZhuyin("nu:3 er2")).toBe("ㄋㄩˇ ㄦˊ");
    expect(pinyinZhuyin("wo3 men5")).toBe("ㄨㄛˇ ˙ㄇㄣ");
    expect(pinyinZhuyin("yuan2 yong3")).toBe("ㄩㄢˊ ㄩㄥˇ");
    expect(pinyinZhuyin("qu4 jiong3")).toBe("ㄑㄩˋ ㄐㄩㄥˇ");
    expect(pinyinZhuyin("dui4 gui4 liu2")).toBe("ㄉㄨㄟˋ ㄍㄨㄟˋ ㄌㄧㄡˊ");
    expect(pinyinZhuyin("zi4 ci2 si1 ri4 chi1 zhi1")).toBe("ㄗˋ ㄘˊ ㄙ ㄖˋ ㄔ ㄓ");
    expect(pinyinZhuyin("Zhong1 guo2")).toBe("ㄓㄨㄥ ㄍㄨㄛˊ");
  });

  it("leaves what is not pinyin as written", () => {
    expect(syllableToZhuyin("A")).toBeNull();
    expect(syllableToZhuyin("3")).toBeNull();
    expect(pinyinZhuyin("A A zhi4")).toBe("A A ㄓˋ");
  });
});

describe("pinyin tone marks", () => {
  it("puts the mark where the spelling rules put it", () => {
    expect(pinyinMarks("zhong1 guo2")).toBe("zhōng guó");
    expect(pinyinMarks("Zhong1 guo2")).toBe("Zhōng guó");
    expect(pinyinMarks("hao3 liu2 gui4 lu:4 de5")).toBe("hǎo liú guì lǜ de");
    expect(pinyinMarks("dou1 xue2 mai3")).toBe("dōu xué mǎi");
  });
});
