import { describe, expect, it } from "vitest";
import { checkSentenceCounts, MAX_IMPORT_SENTENCES, MAX_SENTENCE_RATIO, SENTENCE_DIFFERENCE_ALLOWED } from "./import-limits";

describe("checkSentenceCounts", () => {
  it("accepts letters up to the limit on each side, in any proportion a translation has", () => {
    expect(checkSentenceCounts(MAX_IMPORT_SENTENCES, MAX_IMPORT_SENTENCES)).toBeNull();
    expect(checkSentenceCounts(1_000, 3_000)).toBeNull();
    expect(checkSentenceCounts(3_000, 1_000)).toBeNull();
    // Short letters may split very differently.
    expect(checkSentenceCounts(1, 1 + SENTENCE_DIFFERENCE_ALLOWED)).toBeNull();
  });

  it("refuses more than MAX_IMPORT_SENTENCES on either side, naming the limit", () => {
    expect(checkSentenceCounts(MAX_IMPORT_SENTENCES + 1, MAX_IMPORT_SENTENCES)).toEqual({
      code: "too_many_sentences",
      message: "The English text has 5,001 sentences; the limit is 5,000 per text. Split it into several documents.",
      values: { side: "en", count: MAX_IMPORT_SENTENCES + 1, max: MAX_IMPORT_SENTENCES },
    });
    expect(checkSentenceCounts(2_000, 10_000)).toMatchObject({
      code: "too_many_sentences",
      message: expect.stringMatching(/Chinese text has 10,000 sentences; the limit is 5,000/),
    });
  });

  it("refuses counts more than MAX_SENTENCE_RATIO apart, naming the ratio", () => {
    expect(checkSentenceCounts(1_500, 4_501)).toMatchObject({
      code: "sentence_counts_differ",
      message: expect.stringContaining(`at most ${MAX_SENTENCE_RATIO} times`),
    });
    expect(checkSentenceCounts(4_501, 1_500)?.code).toBe("sentence_counts_differ");
    expect(checkSentenceCounts(1, 2 + SENTENCE_DIFFERENCE_ALLOWED)?.code).toBe("sentence_counts_differ");
  });
});
