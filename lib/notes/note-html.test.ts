import { describe, expect, it } from "vitest";
import { noteToHtml } from "./note-html";
import type { NoteDoc } from "./note-types";

describe("noteToHtml", () => {
  it("renders the allow-listed structure and marks", () => {
    const doc: NoteDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "能力", marks: [{ type: "bold" }] },
            { type: "text", text: " or " },
            { type: "text", text: "資格", marks: [{ type: "italic" }, { type: "link", attrs: { href: "https://example.com/?a=1&b=2" } }] },
            { type: "hardBreak" },
            { type: "text", text: "x", marks: [{ type: "code" }] },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 3 },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "q" }] }] },
        { type: "codeBlock", attrs: { language: "js" }, content: [{ type: "text", text: "a < b" }] },
      ],
    };
    expect(noteToHtml(doc)).toBe(
      '<p><strong>能力</strong> or <a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer nofollow ugc"><em>資格</em></a><br><code>x</code></p>' +
        '<ol start="3"><li><p>one</p></li></ol><blockquote><p>q</p></blockquote><pre><code data-language="js">a &lt; b</code></pre>',
    );
  });

  it("escapes text and drops what the allow-list does not name, even in a doc that skipped validation", () => {
    const hostile = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: '<img src=x onerror="alert(1)">', marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
      ],
    } as unknown as NoteDoc;
    expect(noteToHtml(hostile)).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
    expect(noteToHtml(null)).toBe("");
  });
});
