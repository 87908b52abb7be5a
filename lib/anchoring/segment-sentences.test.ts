import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentSentences, wordBefore, type TextSegment } from "./segment-sentences";

const texts = (segments: TextSegment[]) => segments.map((s) => s.text);

/** The input, rebuilt from the segments and what lies between them: must be the input itself. */
function rebuild(input: string, segments: TextSegment[]): string {
  let out = "";
  let at = 0;
  for (const s of segments) {
    const gap = input.slice(at, s.start);
    expect(gap.trim()).toBe("");
    expect(input.slice(s.start, s.end)).toBe(s.text);
    out += gap + s.text;
    at = s.end;
  }
  expect(input.slice(at).trim()).toBe("");
  return out + input.slice(at);
}

const ABBREVIATIONS_LETTER = `Dear Dr. Alvarez and Mrs. O'Neil,

We met at 5 p.m. on Jan. 12 at 221 Baker St. in the U.S. capital. The budget rose from $1.5 million to $3.14 million, i.e. more than double. Mr. J. R. R. Tolkien (no relation) sent regards, e.g. letters, maps, etc. We were surprised... Then the vote came. Room No. 5 was full!

“Is this final?” she asked. Acme Inc. disagreed (see Fig. 2.) The U.S. Senate wrote back. It was 9 a.m. The hall emptied.

Sincerely,
Prof. Ada Byron
Charles B. Babbage, Ph.D.`;

describe("segmentSentences (English)", () => {
  it("keeps abbreviations, initials, decimals and money inside sentences", () => {
    const segments = segmentSentences(ABBREVIATIONS_LETTER, "en");
    expect(segments.map((s) => [s.kind, s.paragraph, s.text])).toEqual([
      ["salutation", 0, "Dear Dr. Alvarez and Mrs. O'Neil,"],
      ["sentence", 1, "We met at 5 p.m. on Jan. 12 at 221 Baker St. in the U.S. capital."],
      ["sentence", 1, "The budget rose from $1.5 million to $3.14 million, i.e. more than double."],
      ["sentence", 1, "Mr. J. R. R. Tolkien (no relation) sent regards, e.g. letters, maps, etc."],
      ["sentence", 1, "We were surprised..."],
      ["sentence", 1, "Then the vote came."],
      ["sentence", 1, "Room No. 5 was full!"],
      ["sentence", 2, "“Is this final?” she asked."],
      ["sentence", 2, "Acme Inc. disagreed (see Fig. 2.)"],
      ["sentence", 2, "The U.S. Senate wrote back."],
      ["sentence", 2, "It was 9 a.m."],
      ["sentence", 2, "The hall emptied."],
      ["signoff", 3, "Sincerely,"],
      ["signoff", 3, "Prof. Ada Byron"],
      ["signoff", 3, "Charles B. Babbage, Ph.D."],
    ]);
    rebuild(ABBREVIATIONS_LETTER, segments);
  });

  it("ends sentences after closing quotes and brackets", () => {
    expect(texts(segmentSentences(`He said "stop." Then (after a pause.) We left. 'Fine.' Done`, "en"))).toEqual([
      `He said "stop."`,
      "Then (after a pause.)",
      "We left.",
      "'Fine.'",
      "Done",
    ]);
  });

  it("splits a salutation that shares a paragraph with the first sentence", () => {
    const segments = segmentSentences("To the Board of Directors at OpenAI,\nOpenAI is the world’s leading AI company. We built it.", "en");
    expect(segments.map((s) => [s.kind, s.paragraph, s.text])).toEqual([
      ["salutation", 0, "To the Board of Directors at OpenAI,"],
      ["sentence", 1, "OpenAI is the world’s leading AI company."],
      ["sentence", 1, "We built it."],
    ]);
  });

  it("handles Windows line endings and surrounding whitespace", () => {
    const input = "  Hello there. Bye now.\r\n\r\nSecond paragraph.  \r\n";
    const segments = segmentSentences(input, "en");
    expect(segments.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Hello there."],
      [0, "Bye now."],
      [1, "Second paragraph."],
    ]);
    expect(rebuild(input, segments)).toBe(input);
  });
});

const CHINESE_ASCII = `親愛的董事會：

我們在 2023 年 11 月 20 日寫信給你們!你們的決定令人震驚;公司的價值約 860 億美元.我們問:「為什麼?」沒有人回答。

他說「我們會離開。」然後就走了……真的嗎？是的！

此致
全體員工`;

describe("segmentSentences (Chinese)", () => {
  it("splits at full-width and ASCII stops, keeping closing quotes and decimals", () => {
    const segments = segmentSentences(CHINESE_ASCII, "zh");
    expect(segments.map((s) => [s.kind, s.paragraph, s.text])).toEqual([
      ["salutation", 0, "親愛的董事會："],
      ["sentence", 1, "我們在 2023 年 11 月 20 日寫信給你們!"],
      ["sentence", 1, "你們的決定令人震驚;"],
      ["sentence", 1, "公司的價值約 860 億美元."],
      ["sentence", 1, "我們問:「為什麼?」"],
      ["sentence", 1, "沒有人回答。"],
      ["sentence", 2, "他說「我們會離開。」"],
      ["sentence", 2, "然後就走了……真的嗎？"],
      ["sentence", 2, "是的！"],
      ["signoff", 3, "此致"],
      ["signoff", 3, "全體員工"],
    ]);
    rebuild(CHINESE_ASCII, segments);
  });

  it("does not split decimals or an ellipsis inside a sentence", () => {
    expect(texts(segmentSentences("價格是 3.14 元……然後上漲。好。", "zh"))).toEqual(["價格是 3.14 元……然後上漲。", "好。"]);
  });
});

describe("segmentSentences (property)", () => {
  const alphabet = fc.constantFrom(..."ab .!?,\n\n  Dr.U.S.p.m.$1.5 “”\"')。！？；，「」…中文J.\r\t".split(""));
  for (const language of ["en", "zh"] as const) {
    it(`never loses or duplicates a character (${language})`, () => {
      fc.assert(
        fc.property(
          fc.array(alphabet, { maxLength: 200 }).map((cs) => cs.join("")),
          (input) => {
            const segments = segmentSentences(input, language);
            expect(rebuild(input, segments)).toBe(input);
            for (const s of segments) expect(s.text.trim()).toBe(s.text);
            for (let i = 1; i < segments.length; i++) {
              expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
              expect(segments[i]!.paragraph).toBeGreaterThanOrEqual(segments[i - 1]!.paragraph);
            }
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});

describe("wordBefore", () => {
  it("finds the word characters before a full stop as the former `[…]*$` pattern did", () => {
    const unit = fc.constantFrom("a", "Z", "1", ".", "&", "'", "’", "-", " ", ",", "é", "漢", "𝐀", "\ud835", "\udc00");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.nat(30), (text, cut) => {
        const limit = Math.min(cut, text.length);
        // eslint-disable-next-line regexp/no-super-linear-move -- the reference, on short strings
        const expected = /[\p{L}\p{N}.&'’-]*$/u.exec(text.slice(limit))?.[0] ?? "";
        expect(wordBefore(text, limit, text.length)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
