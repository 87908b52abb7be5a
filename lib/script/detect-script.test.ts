import { describe, expect, it } from "vitest";
import { letterVersions } from "../../prisma/seed/openai-letter";
import { toSimplified } from "./convert";
import { detectScript } from "./detect-script";

describe("detectScript", () => {
  const letter = Object.values(letterVersions[0]!.texts).join("\n");

  it("reads the letter's Traditional translation as Traditional", () => {
    expect(detectScript(letter).script).toBe("hant");
  });

  it("reads a Simplified text as Simplified", () => {
    expect(detectScript(toSimplified(letter)).script).toBe("hans");
    expect(detectScript("我们无法为那些缺乏能力的人工作。微软已向我们保证。").script).toBe("hans");
    expect(detectScript("我們無法為那些缺乏能力的人工作。").script).toBe("hant");
  });

  it("cannot tell from text without script-specific characters", () => {
    expect(detectScript("Mira Murati").script).toBeNull();
    expect(detectScript("大家好，OpenAI。").script).toBeNull();
    expect(detectScript("").script).toBeNull();
  });

  it("decides by the majority when a text mixes scripts", () => {
    expect(detectScript("我们这些员工，微软已向我们保证；這").script).toBe("hans");
  });
});
