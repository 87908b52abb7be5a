import { describe, expect, it } from "vitest";
import { ankiCsv } from "./anki";

describe("My words for Anki", () => {
  it("writes Anki's header lines, then front, back and sentence per word, quoted where needed", () => {
    const csv = ankiCsv([
      { word: "監督", reading: "jiān dū ㄐㄧㄢ ㄉㄨ", meaning: "to supervise; supervisor", sentence: "你沒有能力監督 OpenAI。" },
      { word: "conduct", reading: "", meaning: "行為, 指揮", sentence: 'Your "conduct" has made it clear' },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "#separator:comma",
      "#html:false",
      "#columns:Front,Back,Sentence",
      "監督,jiān dū ㄐㄧㄢ ㄉㄨ — to supervise; supervisor,你沒有能力監督 OpenAI。",
      'conduct,"行為, 指揮","Your ""conduct"" has made it clear"',
      "",
    ]);
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = ankiCsv([{ word: "=HYPERLINK(1)", reading: "", meaning: "+1", sentence: "@cmd" }]);
    expect(csv.split("\r\n")[3]).toBe("'=HYPERLINK(1),'+1,'@cmd");
  });
});
