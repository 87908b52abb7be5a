import { describe, expect, it } from "vitest";
import { alignImport } from "./align-import";

const text = (count: number, sentence: (i: number) => string, join: string) =>
  Array.from({ length: count }, (_, i) => sentence(i)).join(join);

describe("alignImport", () => {
  it("refuses the issue's 1,500 English and 10,000 Chinese sentences at once, without aligning", () => {
    const en = text(1_500, (i) => `Line ${i}.`, " ");
    const zh = text(10_000, () => "是。", "");
    expect(zh.length).toBeLessThan(32 * 1024);
    const started = performance.now();
    const result = alignImport({ en, zh });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({
      refusal: {
        code: "too_many_sentences",
        message: expect.stringMatching(/Chinese text has 10,000 sentences; the limit is 5,000/),
        values: { side: "zh", count: 10_000, max: 5_000 },
      },
    });
  });

  it("refuses counts too far apart before aligning", () => {
    const result = alignImport({ en: text(100, (i) => `Line ${i}.`, " "), zh: text(400, () => "是。", "") });
    expect(result).toMatchObject({ refusal: { code: "sentence_counts_differ" } });
  });

  it("aligns a letter within the limits", () => {
    expect(alignImport({ en: "Hello there. Bye.", zh: "你好。再見。" })).toEqual({
      rows: [
        { paragraph: 0, kind: "sentence", en: "Hello there.", zh: "你好。" },
        { paragraph: 0, kind: "sentence", en: "Bye.", zh: "再見。" },
      ],
    });
  });
});
