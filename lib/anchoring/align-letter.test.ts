import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutLineBreaks } from "./align-letter";

describe("withoutLineBreaks", () => {
  it("drops whitespace runs with a line break, keeps the others, as /\\s*\\n\\s*/gu did", () => {
    expect(withoutLineBreaks("親愛的 朋友，\n  你好。\t\n\n再見")).toBe("親愛的 朋友，你好。再見");
    const unit = fc.constantFrom(" ", "\t", "\n", "\r", "\u3000", "\u00a0", "字", "a", "，");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        // eslint-disable-next-line regexp/no-super-linear-move -- the former pattern, as reference on short strings
        expect(withoutLineBreaks(text)).toBe(text.replace(/\s*\n\s*/gu, ""));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes linear time on a long run of spaces without a line break", () => {
    const text = `${"\t".repeat(200_000)}\0\n`;
    const started = performance.now();
    expect(withoutLineBreaks(text)).toBe(`${"\t".repeat(200_000)}\0`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
