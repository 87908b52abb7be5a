/**
 * NoteView renders notes as escaped HTML built from the allow-list only. Rendered with
 * react-dom/server (the unit project has no DOM), with createElement because tests are .ts.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseNote } from "@/lib/notes/note-schema";
import { plainTextToNote } from "@/lib/notes/note-text";
import type { NoteDoc } from "@/lib/notes/note-types";
import { NoteView } from "./note-view";

const render = (doc: NoteDoc) => renderToStaticMarkup(createElement(NoteView, { doc }));

function parsed(input: unknown): NoteDoc {
  const result = parseNote(input);
  if (!result.ok) throw new Error(`${result.error} at ${result.path}`);
  return result.doc;
}

describe("NoteView", () => {
  it("renders every allowed node and mark with note- classes", () => {
    const html = render(
      parsed({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "b", marks: [{ type: "bold" }] },
              { type: "text", text: "i", marks: [{ type: "italic" }] },
              { type: "hardBreak" },
              { type: "text", text: "c", marks: [{ type: "code" }] },
            ],
          },
          {
            type: "bulletList",
            content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "dot" }] }] }],
          },
          {
            type: "orderedList",
            attrs: { start: 3 },
            content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "three" }] }] }],
          },
          { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
          { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "quoted" }] }] },
          { type: "codeBlock", attrs: { language: "ts" }, content: [{ type: "text", text: "a < b && c\n" }] },
        ],
      }),
    );
    expect(html).toBe(
      '<div class="note-body">' +
        '<p class="note-p"><strong class="note-strong">b</strong><em class="note-em">i</em><br/><code class="note-code">c</code></p>' +
        '<ul class="note-ul"><li class="note-li"><p class="note-p">dot</p></li></ul>' +
        '<ol class="note-ol" start="3"><li class="note-li"><p class="note-p">three</p></li></ol>' +
        '<ol class="note-ol"><li class="note-li"><p class="note-p"></p></li></ol>' +
        '<blockquote class="note-blockquote"><p class="note-p">quoted</p></blockquote>' +
        '<pre class="note-pre"><code class="note-code-block" data-language="ts">a &lt; b &amp;&amp; c\n</code></pre>' +
        "</div>",
    );
  });

  it("escapes hostile-looking text", () => {
    const html = render(
      parsed(
        plainTextToNote(
          '<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n<a href="javascript:alert(1)">x</a>\n&lt;b&gt; \u202Eevil',
        ),
      ),
    );
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&amp;lt;b&amp;gt;");
  });

  it("opens links apart and marks them as user content", () => {
    const doc = parsed({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "the letter",
              marks: [
                { type: "bold" },
                { type: "link", attrs: { href: 'https://example.org/?q="><script>', target: "_self", rel: "opener", class: "x" } },
              ],
            },
          ],
        },
      ],
    });
    expect(render(doc)).toBe(
      '<div class="note-body"><p class="note-p"><a class="note-link" href="https://example.org/?q=&quot;&gt;&lt;script&gt;" rel="noopener noreferrer nofollow ugc" target="_blank">' +
        '<strong class="note-strong">the letter</strong></a></p></div>',
    );
  });

  it("refuses a javascript: link at parseNote, and renders none if one skips it", () => {
    const hostile = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "JavaScript:alert(1)" } }] }],
        },
      ],
    };
    expect(parseNote(hostile)).toMatchObject({ ok: false, error: "Links must start with http://, https:// or mailto:" });
    const html = render(hostile as NoteDoc);
    expect(html).toBe('<div class="note-body"><p class="note-p">click</p></div>');
  });

  it("renders nothing for types outside the allow-list", () => {
    const unvalidated = {
      type: "doc",
      content: [
        { type: "heading", content: [{ type: "text", text: "h" }] },
        { type: "html", html: "<script>alert(1)</script>" },
        null,
        {
          type: "paragraph",
          content: [
            { type: "image", attrs: { src: "x" } },
            { type: "text", text: "ok", marks: [{ type: "strike" }] },
          ],
        },
        { type: "bulletList", content: "nope" },
      ],
    } as unknown as NoteDoc;
    expect(render(unvalidated)).toBe('<div class="note-body"><p class="note-p">ok</p><ul class="note-ul"></ul></div>');
  });

  it("renders a mention as @name, escaped, and nothing of a mention without a label", () => {
    const doc = parsed({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: "u1", label: "<img src=x onerror=alert(1)>" } }] }],
    });
    expect(render(doc)).toBe(
      '<div class="note-body"><p class="note-p"><span class="note-mention">@&lt;img src=x onerror=alert(1)&gt;</span></p></div>',
    );
    const forged = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: "u1" } }] }],
    } as unknown as NoteDoc;
    expect(render(forged)).toBe('<div class="note-body"><p class="note-p"></p></div>');
  });
});
