import { describe, expect, it } from "vitest";
import { letterVersions } from "../../prisma/seed/openai-letter";
import { toSimplified } from "./convert";
import { detectScript } from "./detect-script";
import { GUESS_PAIRS, guessScript } from "./guess-script";

describe("guessScript (the import form's quick guess)", () => {
  it("pairs each Traditional character with the Simplified one OpenCC gives", () => {
    expect(GUESS_PAIRS.length).toBeGreaterThan(80);
    for (const [traditional, simplified] of GUESS_PAIRS) {
      expect(traditional).not.toBe(simplified);
      expect(toSimplified(traditional)).toBe(simplified);
    }
  });

  it("agrees with the full detection on every version of the letter, in both scripts", () => {
    for (const version of letterVersions) {
      const text = Object.values(version.texts).join("\n");
      expect(guessScript(text)).toBe("hant");
      expect(guessScript(toSimplified(text))).toBe("hans");
      expect(detectScript(text).script).toBe("hant");
    }
  });

  it("makes no guess without telling characters", () => {
    expect(guessScript("")).toBeNull();
    expect(guessScript("OpenAI 人工")).toBeNull();
  });
});
