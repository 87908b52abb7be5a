import { describe, expect, it } from "vitest";
import { escapeMarkdown, noteToMarkdown } from "./note-markdown";

const p = (...content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, ...marks: unknown[]) => ({ type: "text", text, ...(marks.length ? { marks } : {}) });

describe("noteToMarkdown", () => {
  it("renders marks, links, lists, quotes and code", () => {
    const doc = {
      type: "doc",
      content: [
        p(t("Very "), t("bold", { type: "bold" }), t(" and "), t("slanted", { type: "italic" }), t(" "), t("x*y", { type: "code" })),
        p(
          t("see", { type: "link", attrs: { href: "https://example.com/a b" } }),
          t(" or "),
          t("bad", { type: "link", attrs: { href: "javascript:alert(1)" } }),
        ),
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [p(t("one"))] },
            { type: "listItem", content: [p(t("two"))] },
          ],
        },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(t("three"))] }] },
        { type: "blockquote", content: [p(t("quoted"))] },
        { type: "codeBlock", content: [{ type: "text", text: "let a = `b`;" }] },
      ],
    };
    expect(noteToMarkdown(doc)).toBe(
      [
        "Very **bold** and *slanted* `x*y`",
        "[see](<https://example.com/a%20b>) or bad",
        "- one\n- two",
        "3. three",
        "> quoted",
        "```\nlet a = `b`;\n```",
      ].join("\n\n"),
    );
  });

  it("escapes Markdown in user text", () => {
    expect(escapeMarkdown("# not a heading *nor* [a](link) 1. item")).toBe("\\# not a heading \\*nor\\* \\[a\\]\\(link\\) 1. item");
    expect(noteToMarkdown({ type: "doc", content: [p(t("- not a list"))] })).toBe("\\- not a list");
    expect(noteToMarkdown(null)).toBe("");
  });
});

describe("escapeMarkdown line starts", () => {
  it("escapes a list or heading marker after blank lines as the line-crossing pattern did", async () => {
    const fc = (await import("fast-check")).default;
    // The former patterns, as reference: their `\s*` crossed line breaks (quadratic on many blank lines).
    /* eslint-disable regexp/no-super-linear-move -- reference on short strings */
    const reference = (text: string) =>
      text
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&")
        .replace(/^(\s*)([-=])/gm, "$1\\$2")
        .replace(/^(\s*\d+)\./gm, "$1\\.");
    /* eslint-enable regexp/no-super-linear-move */
    const unit = fc.constantFrom(" ", "\t", "\n", "\r", "\u2028", "\u00a0", "-", "=", "1", ".", "a", "#");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(escapeMarkdown(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
    expect(escapeMarkdown("\n\n  - item\n\n3. three")).toBe("\n\n  \\- item\n\n3\\. three");
  });

  it("takes linear time on many blank lines", () => {
    const text = "\n".repeat(100_000) + "x";
    const started = performance.now();
    escapeMarkdown(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
