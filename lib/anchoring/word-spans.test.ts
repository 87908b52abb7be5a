import { describe, expect, it } from "vitest";
import { runOffsets, stepWordRun, wordSpans } from "./word-spans";

describe("wordSpans", () => {
  it("finds English words, skipping spaces and punctuation", () => {
    const text = "We, the undersigned, may choose.";
    expect(wordSpans(text, "en").map((w) => text.slice(w.start, w.end))).toEqual(["We", "the", "undersigned", "may", "choose"]);
  });

  it("splits Chinese into words, every character covered once", () => {
    const text = "我們將辭職。";
    const words = wordSpans(text, "zh-Hant");
    expect(words.length).toBeGreaterThan(1);
    expect(words.map((w) => text.slice(w.start, w.end)).join("")).toBe("我們將辭職");
  });
});

describe("stepWordRun", () => {
  it("moves a one-word run, and with Shift grows and shrinks it from the moving edge", () => {
    let run = { anchor: 0, focus: 0 };
    run = stepWordRun(run, "ArrowRight", false, 5);
    expect(run).toEqual({ anchor: 1, focus: 1 });
    run = stepWordRun(run, "ArrowRight", true, 5);
    run = stepWordRun(run, "ArrowRight", true, 5);
    expect(run).toEqual({ anchor: 1, focus: 3 });
    run = stepWordRun(run, "ArrowLeft", true, 5);
    expect(run).toEqual({ anchor: 1, focus: 2 });
  });

  it("stays within the sentence", () => {
    expect(stepWordRun({ anchor: 0, focus: 0 }, "ArrowLeft", false, 3)).toEqual({ anchor: 0, focus: 0 });
    expect(stepWordRun({ anchor: 2, focus: 2 }, "ArrowRight", true, 3)).toEqual({ anchor: 2, focus: 2 });
  });

  it("gives the offsets of a run in either direction", () => {
    const words = wordSpans("one two three", "en");
    expect(runOffsets(words, { anchor: 2, focus: 1 })).toEqual({ start: 4, end: 13 });
  });
});
