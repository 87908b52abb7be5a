import { describe, expect, it } from "vitest";
import { sentenceNumbers } from "./sentence-numbers";

describe("sentenceNumbers", () => {
  it("counts sentences from 1 and gives salutations and sign-offs no number", () => {
    expect(sentenceNumbers([{ kind: "salutation" }, { kind: "sentence" }, { kind: "sentence" }, { kind: "signoff" }])).toEqual([
      null,
      1,
      2,
      null,
    ]);
  });

  it("starts an import whose first row is a sentence at 1, not at its stored index 0", () => {
    expect(sentenceNumbers([{ kind: "sentence" }, { kind: "sentence" }])).toEqual([1, 2]);
  });
});
