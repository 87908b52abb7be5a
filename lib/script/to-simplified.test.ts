import { describe, expect, it } from "vitest";
import { letterVersions } from "../../prisma/seed/openai-letter";
import { codePointToUtf16 } from "../anchoring/code-points";
import { toSimplified } from "./to-simplified";

describe("toSimplified", () => {
  it("converts Traditional characters to Simplified", () => {
    expect(toSimplified("我們無法為缺乏能力、判斷力的人工作。")).toBe("我们无法为缺乏能力、判断力的人工作。");
    expect(toSimplified("臺灣")).toBe("台湾");
  });

  it("keeps code points one for one, so offsets mean the same characters", () => {
    expect(toSimplified("𠮷這👩‍👩‍👧個")).toBe("𠮷这👩‍👩‍👧个");
    expect([...toSimplified("𠮷這👩‍👩‍👧個")].length).toBe([..."𠮷這👩‍👩‍👧個"].length);
  });

  it("converts the whole letter, every version, sentence by sentence, keeping offsets", () => {
    let changed = 0;
    for (const version of letterVersions) {
      for (const text of Object.values(version.texts)) {
        const simplified = toSimplified(text);
        const chars = [...text];
        const simplifiedChars = [...simplified];
        expect(simplifiedChars.length).toBe(chars.length);
        // Any code-point span maps to the same span: each character converts on its own.
        for (let i = 0; i < chars.length; i++) expect(simplifiedChars[i]).toBe(toSimplified(chars[i]!));
        const mid = Math.floor(chars.length / 2);
        const tradSpan = text.slice(codePointToUtf16(text, 0), codePointToUtf16(text, mid));
        expect(simplified.slice(codePointToUtf16(simplified, 0), codePointToUtf16(simplified, mid))).toBe(toSimplified(tradSpan));
        if (simplified !== text) changed++;
      }
    }
    expect(changed).toBeGreaterThan(20);
    // Spot checks on words the letter uses.
    const all = letterVersions.flatMap((v) => Object.values(v.texts)).join("");
    expect(toSimplified(all)).not.toMatch(/[們這會為與說]/);
  });
});
