import { describe, expect, it } from "vitest";
import { SentEvents } from "./sent-events";

describe("SentEvents", () => {
  it("sends an event a replay sent once, when its NOTIFY comes after", () => {
    const sent = new SentEvents(4n, 100);
    expect([5n, 6n, 7n].map((id) => sent.replay(id))).toEqual([true, true, true]);
    expect(sent.highest).toBe(7n);
    expect(sent.live(6n)).toBe(false); // the replay sent it
    expect(sent.live(8n)).toBe(true);
    expect(sent.highest).toBe(8n);
  });

  it("sends live events in whatever order their NOTIFYs come, each once", () => {
    const sent = new SentEvents(null, 100);
    expect([3n, 1n, 2n].map((id) => sent.live(id))).toEqual([true, true, true]);
    expect(sent.highest).toBe(3n);
  });

  it("keeps at most its limit of a replay's ids, the newest", () => {
    const sent = new SentEvents(0n, 4);
    for (let id = 1n; id <= 5n; id++) sent.replay(id);
    // Over the limit, the oldest half went: 1 and 2 are forgotten, 3-5 still count as sent.
    expect(sent.live(5n)).toBe(false);
    expect(sent.live(3n)).toBe(false);
    expect(sent.live(1n)).toBe(true);
  });
});
