import { describe, expect, it } from "vitest";
import { progressOf, scoreOf, statusOf } from "./progress";

const none = { notes: 0, replies: 0, proposals: 0, votes: 0 };
const expected = { ...none, notes: 2, replies: 1 };

describe("assignment progress", () => {
  it("is done on time when the work before the due date meets every expectation", () => {
    const p = progressOf(expected, { ...none, notes: 2, replies: 1 }, { ...none, notes: 1 });
    expect(p).toMatchObject({ notes: 3, replies: 1, done: true, late: false });
    expect(statusOf(p, new Date(0))).toBe("done");
  });

  it("is late when only late work completes it, and late when due and not done", () => {
    const p = progressOf(expected, { ...none, notes: 1 }, { ...none, notes: 1, replies: 1 });
    expect(p).toMatchObject({ done: true, late: true });
    expect(statusOf(p, new Date(0))).toBe("late");
    const unfinished = progressOf(expected, { ...none, notes: 1 }, none);
    expect(statusOf(unfinished, new Date(Date.now() + 60_000))).toBe("in_progress");
    expect(statusOf(unfinished, new Date(Date.now() - 60_000))).toBe("late");
    expect(statusOf(progressOf(expected, none, none), new Date(Date.now() + 60_000))).toBe("not_started");
  });

  it("scores with the teacher's weights, late work at its share", () => {
    const weights = { notes: 2, replies: 1, proposals: 0, votes: 0, late: 0.5 };
    expect(scoreOf({ ...none, notes: 2, replies: 1 }, { ...none, notes: 1 }, weights)).toBe(6);
  });
});
