import { describe, expect, it } from "vitest";
import { editRegion, throughEdit } from "./edit-region";

const moved = (before: string, after: string, start: number, end: number) => {
  const span = throughEdit(editRegion(before, after), { start, end });
  return span && Array.from(after).slice(span.start, span.end).join("");
};

describe("a span through an edit", () => {
  const before = "The board removed Sam Altman and Greg Brockman.";
  it("keeps a span before the change where it was", () => {
    expect(throughEdit(editRegion(before, before.replace("removed", "fired")), { start: 4, end: 9 })).toEqual({ start: 4, end: 9 });
  });
  it("moves a span after the change by the change in length", () => {
    const after = before.replace("removed", "fired");
    expect(moved(before, after, 18, 28)).toBe("Sam Altman");
    expect(moved(before, `Indeed, ${before}`, 4, 9)).toBe("board");
  });
  it("has no answer for a span the edit touched", () => {
    expect(throughEdit(editRegion(before, before.replace("removed", "fired")), { start: 10, end: 17 })).toBeNull();
    expect(throughEdit(editRegion(before, before.replace("removed Sam", "removed Mr")), { start: 10, end: 21 })).toBeNull();
  });
  it("counts code points, as selectors do, and does not count a repeated letter twice", () => {
    expect(moved("董事會決定𠀋了", "董事會突然決定𠀋了", 3, 6)).toBe("決定𠀋");
    const region = editRegion("aaa", "aaaa");
    expect(region.head + (3 - region.tailBefore)).toBeLessThanOrEqual(3);
    expect(moved("aaa b", "aaaa b", 4, 5)).toBe("b");
  });
  it("leaves every span of an unchanged text where it was", () => {
    expect(throughEdit(editRegion(before, before), { start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(throughEdit(editRegion(before, before), { start: 40, end: 47 })).toEqual({ start: 40, end: 47 });
  });
});
