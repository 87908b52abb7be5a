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
        p(t("see", { type: "link", attrs: { href: "https://example.com/a b" } }), t(" or "), t("bad", { type: "link", attrs: { href: "javascript:alert(1)" } })),
        { type: "bulletList", content: [{ type: "listItem", content: [p(t("one"))] }, { type: "listItem", content: [p(t("two"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(t("three"))] }] },
        { type: "blockquote", content: [p(t("quoted"))] },
        { type: "codeBlock", content: [{ type: "text", text: "let a = `b`;" }] },
      ],
    };
    expect(noteToMarkdown(doc)).toBe(
      ["Very **bold** and *slanted* `x*y`", "[see](<https://example.com/a%20b>) or bad", "- one\n- two", "3. three", "> quoted", "```\nlet a = `b`;\n```"].join("\n\n"),
    );
  });

  it("escapes Markdown in user text", () => {
    expect(escapeMarkdown("# not a heading *nor* [a](link) 1. item")).toBe("\\# not a heading \\*nor\\* \\[a\\]\\(link\\) 1. item");
    expect(noteToMarkdown({ type: "doc", content: [p(t("- not a list"))] })).toBe("\\- not a list");
    expect(noteToMarkdown(null)).toBe("");
  });
});
