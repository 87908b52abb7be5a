import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from "./code-points";
import { checkSelector, describeSpan } from "./text-quote";

const en = "We, the undersigned, may choose to resign from OpenAI.";
const zh = "我們，以下簽署人，可能會選擇從 OpenAI 辭職。";
const emoji = "Notes 👩🏽‍💻 on 𠮷野家 and é (e\u0301).";

describe("code points", () => {
  it("counts astral characters once", () => {
    expect(codePointLength("𠮷")).toBe(1);
    expect(codePointLength(emoji)).toBe([...emoji].length);
    const at = [...emoji].indexOf("𠮷");
    expect(sliceCodePoints(emoji, at, at + 3)).toBe("𠮷野家");
  });

  it("converts UTF-16 offsets and back", () => {
    const i = emoji.indexOf("野");
    expect(codePointToUtf16(emoji, utf16ToCodePoint(emoji, i))).toBe(i);
  });
});

describe("describeSpan and checkSelector", () => {
  it("describes an English span with context", () => {
    const start = en.indexOf("undersigned");
    const selector = describeSpan(en, start, start + "undersigned".length, 8);
    expect(selector).toEqual({ exact: "undersigned", prefix: "We, the ", suffix: ", may ch", start, end: start + 11 });
    expect(checkSelector(en, selector)).toEqual({ ok: true });
  });

  it("describes a Chinese span in code points", () => {
    const start = [...zh].indexOf("簽");
    const selector = describeSpan(zh, start, start + 3);
    expect(selector.exact).toBe("簽署人");
    expect(checkSelector(zh, selector).ok).toBe(true);
  });

  it("refuses a selector that does not describe the text", () => {
    const good = describeSpan(en, 4, 7);
    expect(checkSelector(en, { ...good, exact: "she" })).toMatchObject({ ok: false, error: expect.stringContaining("exact") });
    expect(checkSelector(en, { ...good, prefix: "They " })).toMatchObject({ ok: false, error: expect.stringContaining("prefix") });
    expect(checkSelector(en, { ...good, suffix: "!!" })).toMatchObject({ ok: false, error: expect.stringContaining("suffix") });
    expect(checkSelector(en, { ...good, start: 5, end: 8 }).ok).toBe(false);
    expect(checkSelector(en, { ...good, start: 7, end: 7, exact: "" }).ok).toBe(false);
    expect(checkSelector(en, { ...good, end: 999 }).ok).toBe(false);
    expect(checkSelector(en, { ...good, start: -1 }).ok).toBe(false);
    expect(checkSelector(en, { ...good, start: 0.5 }).ok).toBe(false);
  });

  it("round-trips every span of any text, astral and combining characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const length = codePointLength(text);
        const start = a % length;
        const end = start + 1 + (b % (length - start));
        const selector = describeSpan(text, start, end);
        expect(checkSelector(text, selector)).toEqual({ ok: true });
        expect(selector.prefix + selector.exact + selector.suffix).toBe(
          sliceCodePoints(text, Math.max(0, start - 32), Math.min(length, end + 32)),
        );
      }),
    );
  });
});
