import { describe, expect, it } from "vitest";
import { decodeOffsetMap, encodeOffsetMap, spanToCanonical, spanToShown, toCanonical, toShown, type OffsetMap } from "./offset-map";

// 使用者 (canonical 2..5) became 用户 (shown 2..4); 執行長 (canonical 8..11) became 首席执行官 (shown 7..12).
const map: OffsetMap = [
  { canonical: 2, canonicalLength: 3, shown: 2, shownLength: 2 },
  { canonical: 8, canonicalLength: 3, shown: 7, shownLength: 5 },
];

describe("offset map", () => {
  it("is the identity without changed phrases", () => {
    expect(toShown([], 7, "start")).toBe(7);
    expect(toCanonical([], 7, "end")).toBe(7);
  });

  it("shifts offsets after a changed phrase by the change in length", () => {
    expect(toShown(map, 0, "start")).toBe(0);
    expect(toShown(map, 2, "start")).toBe(2);
    expect(toShown(map, 5, "end")).toBe(4);
    expect(toShown(map, 6, "start")).toBe(5);
    expect(toShown(map, 11, "start")).toBe(12);
    expect(toShown(map, 14, "end")).toBe(15);
    expect(toCanonical(map, 15, "end")).toBe(14);
    expect(toCanonical(map, 5, "start")).toBe(6);
  });

  it("snaps an edge inside a changed phrase outward: a start to its start, an end to its end", () => {
    expect(toShown(map, 3, "start")).toBe(2);
    expect(toShown(map, 3, "end")).toBe(4);
    expect(spanToShown(map, 9, 10)).toEqual({ start: 7, end: 12 });
    expect(spanToCanonical(map, 8, 10)).toEqual({ start: 8, end: 11 });
    expect(spanToCanonical(map, 3, 9)).toEqual({ start: 2, end: 11 });
  });

  it("survives a trip through the DOM attribute, and reads a malformed one as no map", () => {
    expect(encodeOffsetMap(map)).toBe("2,3,2;8,3,5");
    expect(decodeOffsetMap(encodeOffsetMap(map))).toEqual(map);
    expect(decodeOffsetMap("")).toEqual([]);
    expect(decodeOffsetMap("2,x,2")).toEqual([]);
    expect(decodeOffsetMap("8,3,5;2,3,2")).toEqual([]);
  });
});
