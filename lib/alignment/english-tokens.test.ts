import { describe, expect, it } from "vitest";
import { irregularBase, lemmaCandidates } from "./english-tokens";

describe("English lemmas", () => {
  it("gives irregular bases and regular stems", () => {
    expect(irregularBase("chose")).toBe("choose");
    expect(lemmaCandidates("stabilizing")).toContain("stabilize");
  });

  it("takes words that name an object's inherited keys as words (they threw before)", () => {
    expect(irregularBase("constructor")).toBeUndefined();
    expect(lemmaCandidates("constructor")).toEqual(["constructor"]);
    expect(lemmaCandidates("constructors")).toContain("constructor");
  });
});
