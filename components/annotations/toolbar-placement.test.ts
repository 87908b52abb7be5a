import { describe, expect, it } from "vitest";
import { placeToolbar } from "./toolbar-placement";

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 40 };

describe("placeToolbar", () => {
  it("goes above the pair when the selection is in its upper part and there is room", () => {
    const avoid = { top: 300, bottom: 400, left: 100, right: 900 };
    const selection = { top: 305, bottom: 330, left: 200, right: 260 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 60 })).toEqual({ top: 300 - 8 - 40, left: 200 });
  });

  it("goes below the pair when the selection is in its lower part (stacked: the Chinese line)", () => {
    const avoid = { top: 300, bottom: 400, left: 100, right: 900 };
    const selection = { top: 370, bottom: 395, left: 200, right: 260 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 60 }).top).toBe(408);
  });

  it("flips below when the sticky bar leaves no room above", () => {
    const avoid = { top: 80, bottom: 200, left: 0, right: 900 };
    const selection = { top: 85, bottom: 110, left: 10, right: 60 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 60 }).top).toBe(208);
  });

  it("flips above when the screen's bottom leaves no room below", () => {
    const avoid = { top: 600, bottom: 780, left: 0, right: 900 };
    const selection = { top: 750, bottom: 775, left: 10, right: 60 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 60 }).top).toBe(552);
  });

  it("sits by the selection's line when the pair is taller than the screen", () => {
    const avoid = { top: -100, bottom: 900, left: 0, right: 900 };
    const selection = { top: 400, bottom: 425, left: 10, right: 60 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 60 }).top).toBe(352);
  });

  it("stays on screen sideways", () => {
    const avoid = { top: 300, bottom: 400, left: 0, right: 1280 };
    const selection = { top: 305, bottom: 330, left: 1200, right: 1260 };
    expect(placeToolbar({ selection, avoid, size, viewport, topInset: 0 }).left).toBe(1280 - 300 - 8);
  });
});
