import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "./code-points";
import { editDistance, FUZZY_ERROR_RATIO, reanchor } from "./reanchor";
import { describeSpan, checkSelector } from "./text-quote";

const TEXT = "We, the undersigned, may choose to resign from OpenAI and join the newly announced Microsoft subsidiary.";
const at = (text: string, words: string) => {
  const start = [...text.slice(0, text.indexOf(words))].length;
  return describeSpan(text, start, start + [...words].length);
};

describe("reanchor", () => {
  const old = at(TEXT, "resign from OpenAI");

  it("keeps a quote that did not move", () => {
    expect(reanchor(old, TEXT.replace("subsidiary", "company"))).toEqual({ status: "exact", selector: old });
  });

  it("follows the words when text is inserted before them", () => {
    const edited = TEXT.replace("may choose", "may, after much thought, choose");
    expect(reanchor(old, edited)).toEqual({ status: "moved", selector: at(edited, "resign from OpenAI") });
  });

  it("picks the occurrence whose context matches among repeated words", () => {
    const text = "The board met. Then the board resigned, and the board was replaced.";
    const target = at(text, "the board resigned");
    const edited = "Late at night, " + text.replace("The board met.", "The board met again.");
    const result = reanchor(target, edited);
    expect(result.status).toBe("moved");
    if (result.status !== "orphan") expect(result.selector).toEqual(at(edited, "the board resigned"));
  });

  it("does not jump to a look-alike when the words and their context are gone", () => {
    const text = "The board met. Then the board resigned.";
    const sel = describeSpan(text, 24, 29); // the second "board"
    expect(sel.exact).toBe("board");
    expect(reanchor(sel, "The board met. Then everyone left.")).toEqual({ status: "orphan" });
  });

  it("matches a slightly changed quote (fuzzy) and refuses a rewritten one", () => {
    const edited = TEXT.replace("resign from OpenAI", "resign from Open AI");
    expect(reanchor(old, edited)).toEqual({ status: "fuzzy", selector: at(edited, "resign from Open AI") });
    expect(reanchor(old, TEXT.replace("resign from OpenAI", "quit the company"))).toEqual({ status: "orphan" });
  });

  it("counts code points", () => {
    const text = "𠀋 我們是 OpenAI 的員工。";
    const sel = at(text, "OpenAI");
    const edited = "𠀋𠀋 " + text.slice(2);
    const result = reanchor(sel, edited);
    expect(result.status).toBe("moved");
    if (result.status !== "orphan") expect(sliceCodePoints(edited, result.selector.start, result.selector.end)).toBe("OpenAI");
  });
});

describe("reanchor (property)", () => {
  const word = fc.constantFrom("board", "the", "mission", "company", "OpenAI", "we", "resign", "員工", "董事會", "and", "safety", "𠀋");
  const textArb = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => ws.join(" "));
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(word, { maxLength: 3 }).map((ws) => ws.join(" ")) });

  function applyEdits(text: string, edits: { at: number; remove: number; insert: string }[]) {
    let cps = [...text];
    for (const e of edits) {
      const at = e.at % (cps.length + 1);
      cps = [...cps.slice(0, at), ...e.insert, ...cps.slice(at + e.remove)];
    }
    return cps.join("");
  }

  it("after random edits finds the same words, or words within the fuzzy threshold, or reports an orphan", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.array(edit, { maxLength: 4 }), (text, a, b, edits) => {
        const length = [...text].length;
        const start = a % length;
        const end = start + 1 + (b % (length - start));
        const old = describeSpan(text, start, end);
        const edited = applyEdits(text, edits);
        const result = reanchor(old, edited);
        if (result.status === "orphan") return;
        expect(checkSelector(edited, result.selector)).toEqual({ ok: true });
        if (result.status === "fuzzy")
          expect(editDistance(result.selector.exact, old.exact)).toBeLessThanOrEqual(Math.floor([...old.exact].length * FUZZY_ERROR_RATIO));
        else expect(result.selector.exact).toBe(old.exact);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the very same words when the edits leave them and their context alone", () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (text, a, b, before, after) => {
          const length = [...text].length;
          const start = a % length;
          const end = start + 1 + (b % (length - start));
          const old = describeSpan(text, start, end);
          // Edits beyond the stored context on both sides.
          const cps = [...text];
          const edited = [
            ...cps.slice(0, Math.max(0, start - 32)),
            ...before,
            ...cps.slice(Math.max(0, start - 32), Math.min(length, end + 32)),
            ...after,
            ...cps.slice(Math.min(length, end + 32)),
          ].join("");
          const shift = [...before].length;
          const result = reanchor(old, edited);
          expect(result.status === "exact" || result.status === "moved").toBe(true);
          if (result.status !== "orphan") expect([result.selector.start, result.selector.end]).toEqual([start + shift, end + shift]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
