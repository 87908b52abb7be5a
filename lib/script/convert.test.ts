import { describe, expect, it } from "vitest";
import { letterVersions } from "../../prisma/seed/openai-letter";
import { sliceCodePoints } from "../anchoring/code-points";
import { convertScript, toSimplified, toTraditional } from "./convert";
import { spanToCanonical, spanToShown } from "./offset-map";

/** The shown words for a canonical span of `text`, and the canonical words a shown span maps back to. */
function shownSpan(text: string, start: number, end: number) {
  const { text: shown, map } = convertScript(text, "hant", "hans");
  const span = spanToShown(map, start, end);
  return sliceCodePoints(shown, span.start, span.end);
}

describe("Traditional → Simplified, by phrase with mainland usage", () => {
  it.each([
    ["我們又撤換了臨時執行長。", "我们又撤换了临时首席执行官。"],
    ["全世界數百萬名使用者", "全世界数百万名用户"],
    ["我們的使命、公司、利害關係人、員工", "我们的使命、公司、利益相关者、员工"],
    ["領導階層全天候與你們合作", "领导层全天候与你们合作"],
    ["我們這些連署人，", "我们这些联署人，"],
    ["市場上的職缺不多", "市场上的职位空缺不多"],
    ["會為每一位員工保留職缺。", "会为每一位员工保留职位。"],
    ["形塑著全球的規範", "塑造着全球的规范"],
    ["你們既無力善盡職責", "你们既无力尽职尽责"],
    ["一位著名的學者", "一位著名的学者"],
    ["成效顯著", "成效显著"],
    ["乾隆皇帝", "乾隆皇帝"],
    ["我們瞭解你們的疑慮", "我们了解你们的疑虑"],
    ["看著他", "看着他"],
    ["這款軟體", "这款软件"],
  ])("%s → %s", (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it("keeps Latin words, punctuation, emoji and Extension B characters as they are", () => {
    expect(toSimplified("𠮷這👩‍👩‍👧個 Mira Murati「」")).toBe("𠮷这👩‍👩‍👧个 Mira Murati「」");
  });

  it("converts the whole letter with no Traditional-only characters left", () => {
    const all = letterVersions.flatMap((v) => Object.values(v.texts)).join("\n");
    expect(toSimplified(all)).not.toMatch(/[們這會為與說執職連領]/u);
  });
});

describe("Simplified → Traditional, mainland → Taiwan phrases", () => {
  it.each([
    ["首席执行官", "執行長"],
    ["我们的用户", "我們的使用者"],
    ["利益相关者", "利害關係人"],
    ["这款软件", "這款軟體"],
    ["着名的学者", "著名的學者"],
    ["乾隆皇帝", "乾隆皇帝"],
  ])("%s → %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });
});

describe("the offset map", () => {
  const sentence = "你們又撤換了臨時執行長 Mira Murati。"; // 執行長 (3) → 首席执行官 (5)

  it("records only phrases whose length changed", () => {
    expect(convertScript(sentence, "hant", "hans").map).toEqual([{ canonical: 8, canonicalLength: 3, shown: 8, shownLength: 5 }]);
    expect(convertScript("我們這些連署人", "hant", "hans").map).toEqual([]);
  });

  it("maps words before and after a changed phrase exactly", () => {
    expect(shownSpan(sentence, 3, 5)).toBe("撤换");
    expect(shownSpan(sentence, 6, 8)).toBe("临时");
    expect(shownSpan(sentence, 12, 16)).toBe("Mira");
    expect(shownSpan(sentence, 6, 11)).toBe("临时首席执行官");
  });

  it("grows a highlight that starts or ends inside a changed phrase to the whole phrase", () => {
    expect(shownSpan(sentence, 9, 11)).toBe("首席执行官"); // 行長
    expect(shownSpan(sentence, 6, 9)).toBe("临时首席执行官"); // 臨時執
    expect(shownSpan(sentence, 9, 10)).toBe("首席执行官"); // 行, wholly inside
  });

  it("maps a selection in the Simplified text back to the canonical words, whole phrases", () => {
    const { text: shown, map } = convertScript(sentence, "hant", "hans");
    const back = (start: number, end: number) => {
      const span = spanToCanonical(map, start, end);
      return sliceCodePoints(sentence, span.start, span.end);
    };
    expect(back(8, 13)).toBe("執行長");
    expect(back(10, 12)).toBe("執行長"); // 执行 inside 首席执行官
    expect(back(6, 10)).toBe("臨時執行長");
    expect(back(14, 18)).toBe("Mira");
    expect(sliceCodePoints(shown, 14, 18)).toBe("Mira");
  });

  it("round-trips every span of every letter sentence that does not cut a changed phrase", () => {
    for (const version of letterVersions) {
      for (const text of Object.values(version.texts)) {
        const { map } = convertScript(text, "hant", "hans");
        const length = [...text].length;
        const inside = (o: number) => map.some((p) => p.canonical < o && o < p.canonical + p.canonicalLength);
        for (let start = 0; start < length; start += 3) {
          for (let end = start + 1; end <= length; end += 4) {
            const shown = spanToShown(map, start, end);
            const back = spanToCanonical(map, shown.start, shown.end);
            if (!inside(start) && !inside(end)) expect(back).toEqual({ start, end });
            else {
              expect(back.start).toBeLessThanOrEqual(start);
              expect(back.end).toBeGreaterThanOrEqual(end);
            }
          }
        }
      }
    }
  });
});
