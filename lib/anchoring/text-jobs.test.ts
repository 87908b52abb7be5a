import { describe, expect, it } from "vitest";
import { alignImport } from "./align-import";
import { textJobs } from "./text-jobs";

describe("textJobs.prepareImport", () => {
  const letter = { en: "Dear Board,\n\nWe met. We voted.", zh: "亲爱的董事会：\n\n我们开会了。我们投票了。" };

  it("hands back the aligned rows as the JSON the storing statement reads, and the script detected", () => {
    const prepared = textJobs.prepareImport({ ...letter, detectScript: true });
    const { rows } = alignImport(letter) as { rows: unknown[] };
    expect(prepared).toEqual({ rowCount: 3, rowsJson: JSON.stringify(rows), script: "hans" });
    expect(JSON.parse((prepared as { rowsJson: string }).rowsJson)[0]).toEqual({
      paragraph: 0,
      kind: "salutation",
      en: "Dear Board,",
      zh: "亲爱的董事会：",
    });
  });

  it("detects nothing when the importer said which script, and passes refusals on", () => {
    expect(textJobs.prepareImport({ ...letter, detectScript: false })).toMatchObject({ script: null });
    expect(textJobs.prepareImport({ en: "Go on. ".repeat(5_001), zh: "是。", detectScript: true })).toMatchObject({
      refusal: { code: "too_many_sentences" },
    });
  });
});
