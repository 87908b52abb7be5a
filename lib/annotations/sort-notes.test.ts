import { describe, expect, it } from "vitest";
import { sortNotes } from "./sort-notes";

const note = (id: string, createdAt: string, ...targets: [string, number][]) => ({
  id,
  createdAt,
  targets: targets.map(([segmentId, start]) => ({ segmentId, selector: { exact: "", prefix: "", suffix: "", start, end: start + 1 } })),
});
const positions = new Map([
  ["s1", 0],
  ["s2", 1],
  ["s3", 2],
]);
const ids = (notes: { id: string }[]) => notes.map((n) => n.id);

describe("sortNotes", () => {
  const notes = [
    note("late-s1", "2026-01-03T00:00:00Z", ["s1", 5]),
    note("s3", "2026-01-01T00:00:00Z", ["s3", 0]),
    note("early-s1", "2026-01-02T00:00:00Z", ["s1", 5]),
    note("s1-start", "2026-01-04T00:00:00Z", ["s1", 0]),
    note("off-page", "2026-01-01T00:00:00Z", ["gone", 0]),
    note("pair", "2026-01-05T00:00:00Z", ["s3", 9], ["s2", 4]),
  ];

  it("in text order: by sentence, then place in it, then oldest first; unknown sentences last", () => {
    expect(ids(sortNotes(notes, "text", (id) => positions.get(id)))).toEqual(["s1-start", "early-s1", "late-s1", "pair", "s3", "off-page"]);
  });

  it("newest first", () => {
    expect(ids(sortNotes(notes, "newest", (id) => positions.get(id)))).toEqual([
      "pair",
      "s1-start",
      "late-s1",
      "early-s1",
      "s3",
      "off-page",
    ]);
  });

  it("leaves its input alone", () => {
    const before = ids(notes);
    sortNotes(notes, "text", (id) => positions.get(id));
    expect(ids(notes)).toEqual(before);
  });
});
