import { describe, expect, it } from "vitest";
import { positiveInteger } from "./positive-integer";

describe("positiveInteger", () => {
  it("takes whole numbers above zero", () => {
    expect(positiveInteger("100")).toBe(100);
    expect(positiveInteger(" 7 ")).toBe(7);
  });

  it("refuses what would turn a limit off or make it meaningless", () => {
    for (const value of [undefined, "", "0", "-5", "2.5", "1o0", "Infinity", "NaN"])
      expect(positiveInteger(value), String(value)).toBeUndefined();
  });
});
