/**
 * The note allow-list: every allowed node and mark passes; hostile shapes, links and sizes are
 * refused with a message and a JSON path; the editor's extra attributes are cleaned away.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanEditorJson } from "./clean-editor-json";
import { isAllowedHref, NOTE_LIMITS, parseNote } from "./note-schema";
import { isEmptyNote, noteToPlainText, plainTextToNote } from "./note-text";
import type { NoteDoc } from "./note-types";

const text = (value: string, marks?: unknown[]) => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: unknown[]) => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const linked = (href: unknown, attrs: Record<string, unknown> = {}) =>
  doc(paragraph(text("here", [{ type: "link", attrs: { href, ...attrs } }])));

function refused(input: unknown) {
  const result = parseNote(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.doc)}`);
  expect(result.error.length).toBeGreaterThan(0);
  return result;
}

const everything = doc(
  paragraph(
    text("Plain, "),
    text("bold", [{ type: "bold" }]),
    text(" italic", [{ type: "italic" }]),
    text(" code", [{ type: "code" }]),
    { type: "hardBreak" },
    text("all", [{ type: "bold" }, { type: "italic" }, { type: "link", attrs: { href: "https://openai.com/" } }]),
    text(" mail", [{ type: "link", attrs: { href: "mailto:board@example.org" } }]),
    text(" plain http", [{ type: "link", attrs: { href: "http://example.org/a?b=c#d" } }]),
  ),
  paragraph(),
  {
    type: "bulletList",
    content: [
      {
        type: "listItem",
        content: [paragraph(text("one")), { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("nested"))] }] }],
      },
    ],
  },
  { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("three"))] }] },
  { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("one"))] }] },
  { type: "blockquote", content: [paragraph(text("“We are unable to work for or with people that lack competence.”"))] },
  { type: "codeBlock", attrs: { language: "c++" }, content: [text("let x = 1;\nx += 1;")] },
  { type: "codeBlock", attrs: { language: null }, content: [text("plain")] },
  { type: "codeBlock" },
  paragraph(text("中文 😀 é (e + U+0301) مرحبا \u202Eevil\u202C zero\u200Bwidth")),
);

describe("parseNote: what a note may contain", () => {
  it("accepts every allowed node and mark and keeps them as given", () => {
    const result = parseNote(everything);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.doc).toEqual(everything);
    expect(result.text).toBe(
      [
        "Plain, bold italic code\nall mail plain http",
        "",
        "one",
        "nested",
        "three",
        "one",
        "“We are unable to work for or with people that lack competence.”",
        "let x = 1;\nx += 1;",
        "plain",
        "",
        "中文 😀 é (e + U+0301) مرحبا \u202Eevil\u202C zero\u200Bwidth",
      ].join("\n"),
    );
  });

  it("drops the link attributes the editor adds, keeping only href", () => {
    const result = parseNote(linked("https://a.b", { target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null }));
    expect(result.ok && result.doc).toEqual(linked("https://a.b"));
  });

  it("allows links up to 2,048 characters", () => {
    const href = "https://example.org/" + "a".repeat(NOTE_LIMITS.hrefLength - 20);
    expect(parseNote(linked(href)).ok).toBe(true);
    expect(refused(linked(href + "a")).error).toMatch(/at most 2,048/);
  });
});

describe("parseNote: hostile input", () => {
  it.each(["script", "iframe", "img", "image", "heading", "horizontalRule", "table", "taskList", "html"])("refuses a %s node", (type) => {
    const result = refused(doc({ type, content: [text("x")] }));
    expect(result.error).toContain(`"${type}"`);
    expect(result.path).toBe("$.content[0].type");
  });

  it.each(["strike", "underline", "highlight", "textStyle", "subscript"])("refuses %s formatting", (type) => {
    const result = refused(doc(paragraph(text("x", [{ type }]))));
    expect(result.error).toContain(`"${type}" formatting`);
    expect(result.path).toBe("$.content[0].content[0].marks[0].type");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "\u0000javascript:alert(1)",
    " javascript:alert(1)",
    "\u00a0javascript:alert(1)",
    "\u001fjavascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "%6Aavascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "//evil.example",
    "/relative/path",
    "relative.html",
    "#fragment",
    "?query",
    "",
    "https",
  ])("refuses the link %j", (href) => {
    const result = refused(linked(href));
    expect(result.error).toBe("Links must start with http://, https:// or mailto:");
    expect(result.path).toBe("$.content[0].content[0].marks[0].attrs.href");
  });

  it("refuses links without an href or with a non-string one", () => {
    expect(refused(doc(paragraph(text("x", [{ type: "link", attrs: {} }])))).error).toMatch(/href/);
    expect(refused(doc(paragraph(text("x", [{ type: "link" }])))).path).toBe("$.content[0].content[0].marks[0].attrs");
    expect(refused(linked(["https://a.b"])).error).toMatch(/href/);
  });

  it("refuses attributes and keys it does not know", () => {
    const onclick = refused(doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("x")] }));
    expect(onclick).toMatchObject({ error: "A paragraph can't have attributes", path: "$.content[0].attrs" });
    expect(refused(doc({ type: "paragraph", onclick: "alert(1)" }))).toMatchObject({
      error: 'A paragraph can\'t have "onclick"',
      path: "$.content[0].onclick",
    });
    expect(refused(linked("https://a.b", { onmouseover: "alert(1)" })).error).toBe('A link can\'t have "onmouseover"');
    expect(
      refused(doc({ type: "orderedList", attrs: { start: 1, type: "a" }, content: [{ type: "listItem", content: [paragraph()] }] })).error,
    ).toBe('A numbered list can\'t have "type"');
    expect(refused(doc(paragraph({ type: "text", text: "x", html: "<b>x</b>" }))).path).toBe("$.content[0].content[0].html");
    expect(refused({ ...doc(paragraph()), html: "<script>" }).error).toBe('A note can\'t have "html"');
  });

  it("refuses bad attribute values", () => {
    const list = (attrs: unknown) => doc({ type: "orderedList", attrs, content: [{ type: "listItem", content: [paragraph()] }] });
    for (const start of [0, -1, 1.5, "2", null]) refused(list({ start }));
    const code = (language: unknown) => doc({ type: "codeBlock", attrs: { language }, content: [text("x")] });
    for (const language of ["", "Python", "a b", "<script>", "x".repeat(33), 1]) refused(code(language));
    expect(parseNote(code("c#")).ok).toBe(true);
  });

  it("refuses formatting on code block text, and anything but text in a code block", () => {
    expect(refused(doc({ type: "codeBlock", content: [text("x", [{ type: "bold" }])] })).error).toMatch(/code block can't be formatted/);
    expect(refused(doc({ type: "codeBlock", content: [text("x", [{ type: "link", attrs: { href: "https://a.b" } }])] })).ok).toBe(false);
    expect(refused(doc({ type: "codeBlock", content: [{ type: "hardBreak" }] })).error).toBe("A code block can contain only text");
  });

  it("refuses nodes where they cannot go", () => {
    expect(refused(doc(text("loose text"))).error).toMatch(/"text" can't go here/);
    expect(refused(doc(paragraph(paragraph()))).error).toMatch(/"paragraph" can't go inside a paragraph/);
    expect(refused(doc({ type: "bulletList", content: [paragraph()] })).error).toBe("A list can contain only list items");
    expect(refused(doc({ type: "bulletList", content: [] })).error).toBe("A list needs at least one item");
    expect(refused(doc({ type: "blockquote", content: [] })).error).toBe("A quote needs at least one paragraph");
    expect(refused(doc()).error).toBe("A note needs at least one paragraph");
    expect(refused({ type: "paragraph", content: [] }).path).toBe("$.type");
    expect(refused(doc({ content: [] })).error).toBe('Every node needs a "type"');
  });

  it("refuses empty text, NUL and lone surrogates but keeps any other Unicode", () => {
    expect(refused(doc(paragraph(text("")))).path).toBe("$.content[0].content[0].text");
    expect(refused(doc(paragraph(text("a\u0000b")))).error).toMatch(/NUL/);
    expect(refused(doc(paragraph(text("a\ud800b")))).error).toMatch(/lone UTF-16 surrogate/);
    expect(refused(doc(paragraph(text("\udc00")))).error).toMatch(/lone UTF-16 surrogate/);
    expect(refused(doc(paragraph(text("😀".slice(0, 1))))).ok).toBe(false);
    expect(parseNote(doc(paragraph(text("<script>alert(1)</script> \u0001\u007f 👩‍👩‍👧 ﷽ \u2067rtl\u2069")))).ok).toBe(true);
  });

  it("refuses a note nested more than 20 deep", () => {
    let block: unknown = paragraph(text("deep"));
    for (let i = 0; i < 25; i++) block = { type: "blockquote", content: [block] };
    const result = refused(doc(block));
    expect(result.error).toMatch(/nested more than 20 levels/);

    let ok: unknown = paragraph(text("deep enough"));
    for (let i = 0; i < NOTE_LIMITS.depth - 3; i++) ok = { type: "blockquote", content: [ok] };
    expect(parseNote(doc(ok)).ok).toBe(true);
  });

  it("refuses 10,000-deep nesting without overflowing the stack", () => {
    const deep: { type: string; content: unknown[] } = { type: "blockquote", content: [] };
    let cursor = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = { type: "blockquote", content: [] };
      cursor.content.push(next);
      cursor = next;
    }
    expect(refused(doc(deep)).error).toMatch(/nested/);
  });

  it("refuses more than 5,000 nodes", () => {
    const result = refused(doc(...Array.from({ length: 6_000 }, () => paragraph())));
    expect(result.error).toMatch(/more than 5,000 parts/);
    expect(parseNote(doc(...Array.from({ length: NOTE_LIMITS.nodes - 1 }, () => paragraph()))).ok).toBe(true);
  });

  it("refuses more than 20,000 characters of text, counted in code points", () => {
    expect(parseNote(doc(paragraph(text("😀".repeat(NOTE_LIMITS.textLength))))).ok).toBe(true);
    expect(refused(doc(paragraph(text("x".repeat(10_000))), paragraph(text("x".repeat(10_001))))).error).toMatch(
      /longer than 20,000 characters/,
    );
  });

  it.each([
    ["a string", "<p>hi</p>"],
    ["an array", [everything]],
    ["null", null],
    ["a number", 42],
    ["undefined", undefined],
    ["true", true],
  ])("refuses %s as a note", (_, input) => {
    expect(refused(input)).toMatchObject({ path: "$", error: expect.stringMatching(/must be a JSON object/) });
  });

  it("refuses non-JSON objects anywhere in the tree", () => {
    class Paragraph {
      type = "paragraph";
    }
    expect(refused(doc(new Paragraph())).path).toBe("$.content[0]");
    expect(refused(doc(paragraph(text("x", [new Map([["type", "bold"]])])))).path).toBe("$.content[0].content[0].marks[0]");
    expect(refused(doc({ type: "codeBlock", attrs: new Date() })).path).toBe("$.content[0].attrs");
    expect(refused(doc(paragraph(text("x", ["bold"])))).error).toMatch(/Expected a mark object/);
    expect(refused(doc("paragraph")).path).toBe("$.content[0]");
  });

  it("refuses __proto__ keys, however they arrive", () => {
    const viaJson = JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true}}]}') as unknown;
    expect(refused(viaJson)).toMatchObject({ error: 'The key "__proto__" isn\'t allowed', path: "$.content[0].__proto__" });
    expect(refused(JSON.parse('{"type":"doc","__proto__":[],"content":[{"type":"paragraph"}]}')).path).toBe("$.__proto__");
    expect(
      refused(
        JSON.parse(
          `{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"https://a.b","__proto__":{}}}]}]}]}`,
        ),
      ).path,
    ).toBe("$.content[0].content[0].marks[0].attrs.__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws, even on inputs whose getters throw", () => {
    const trap = {
      type: "doc",
      get content(): unknown {
        throw new Error("boom");
      },
    };
    expect(refused(trap).error).toMatch(/couldn't be read/);
  });

  it("refuses duplicate or too many marks", () => {
    expect(refused(doc(paragraph(text("x", [{ type: "bold" }, { type: "bold" }])))).error).toMatch(/only once/);
    expect(
      refused(
        doc(
          paragraph(
            text(
              "x",
              Array.from({ length: 100_000 }, () => ({ type: "bold" })),
            ),
          ),
        ),
      ).error,
    ).toMatch(/only once/);
  });
});

describe("isAllowedHref", () => {
  it("judges the scheme the way a browser would read it", () => {
    expect(isAllowedHref("HTTPS://example.org")).toBe(true);
    expect(isAllowedHref("mailto:a@b.c")).toBe(true);
    expect(isAllowedHref("\tjavascript:x")).toBe(false);
    expect(isAllowedHref(42)).toBe(false);
  });
});

describe("plain text", () => {
  it("turns lines into paragraphs and back", () => {
    expect(plainTextToNote("one\n\ntwo")).toEqual(doc(paragraph(text("one")), paragraph(), paragraph(text("two"))));
    expect(noteToPlainText(plainTextToNote("a\r\nb\rc"))).toBe("a\nb\nc");
    expect(plainTextToNote("")).toEqual(doc(paragraph()));
  });

  it("calls a note empty when it holds only whitespace", () => {
    expect(isEmptyNote(plainTextToNote(""))).toBe(true);
    expect(isEmptyNote(plainTextToNote(" \n\t\n\u3000"))).toBe(true);
    expect(isEmptyNote(doc(paragraph({ type: "hardBreak" })) as NoteDoc)).toBe(true);
    expect(isEmptyNote(plainTextToNote(" . "))).toBe(false);
    expect(isEmptyNote(plainTextToNote("中"))).toBe(false);
  });

  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  /** What parseNote should decide for plainTextToNote(s), worked out independently. */
  const shouldAccept = (s: string) => {
    const lines = s.split(/\r\n|\r|\n/);
    const nodes = 1 + lines.length + lines.filter((line) => line !== "").length;
    const codePoints = lines.reduce((sum, line) => sum + [...line].length, 0);
    return !s.includes("\u0000") && !LONE_SURROGATE.test(s) && nodes <= NOTE_LIMITS.nodes && codePoints <= NOTE_LIMITS.textLength;
  };
  const roundTrips = (s: string) => {
    const result = parseNote(plainTextToNote(s));
    expect(result.ok).toBe(shouldAccept(s));
    if (result.ok) {
      // Documented normalisation: \r\n and \r become \n; nothing else changes.
      expect(result.text).toBe(s.replace(/\r\n?/g, "\n"));
      expect(noteToPlainText(result.doc)).toBe(result.text);
    } else {
      expect(result.error).toEqual(expect.any(String));
      expect(result.error.length).toBeGreaterThan(0);
    }
  };

  it("round-trips any string, or refuses it with a message (never throws)", () => {
    const tricky = fc.constantFrom(
      "\n",
      "\r",
      "\r\n",
      "\u0000",
      "\ud800",
      "\udfff",
      "😀",
      "中",
      "e\u0301",
      "\u202e",
      " ",
      "\t",
      "<",
      "&",
      "a",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: tricky, maxLength: 60 }),
          fc.string({ unit: "grapheme", maxLength: 100 }),
        ),
        roundTrips,
      ),
      { numRuns: 500 },
    );
  });

  it("round-trips or refuses strings around the size limits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: NOTE_LIMITS.textLength - 3, max: NOTE_LIMITS.textLength + 3 }),
        fc.constantFrom("x", "😀", "\n", "x\n"),
        (length, unit) => roundTrips(unit.repeat(unit.includes("\n") ? Math.floor(length / 8) : length)),
      ),
      { numRuns: 30 },
    );
  });
});

describe("cleanEditorJson", () => {
  // Shaped like editor.getJSON() from the installed tiptap 3 extensions.
  const fromEditor = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "see " },
          {
            type: "text",
            text: "x",
            marks: [
              { type: "bold" },
              {
                type: "link",
                attrs: { href: "https://a.b", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null },
              },
            ],
          },
          { type: "hardBreak", marks: [{ type: "bold" }] },
        ],
      },
      { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      { type: "orderedList", attrs: { start: 4, type: "a" }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      { type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: "x" }] },
      { type: "codeBlock", attrs: { language: "TypeScript" } },
      { type: "codeBlock", attrs: { language: "not a language!" } },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "b" }] }] }] },
      { type: "blockquote", content: [{ type: "paragraph" }] },
    ],
  };

  it("keeps what notes keep and drops the editor's extras, so parseNote accepts it", () => {
    const cleaned = cleanEditorJson(fromEditor);
    expect(cleaned).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "see " },
            { type: "text", text: "x", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://a.b" } }] },
            { type: "hardBreak" },
          ],
        },
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "codeBlock", content: [{ type: "text", text: "x" }] },
        { type: "codeBlock", attrs: { language: "typescript" } },
        { type: "codeBlock" },
        fromEditor.content[6],
        fromEditor.content[7],
      ],
    });
    expect(parseNote(cleaned)).toMatchObject({ ok: true, doc: cleaned });
    expect(parseNote(fromEditor).ok).toBe(false);
  });

  it("does not launder what it does not own", () => {
    expect(parseNote(cleanEditorJson(linked("javascript:alert(1)", { target: "_blank" }))).ok).toBe(false);
    expect(parseNote(cleanEditorJson(doc({ type: "heading", attrs: { level: 1 } }))).ok).toBe(false);
    expect(parseNote(cleanEditorJson(doc({ type: "paragraph", attrs: { onclick: "x" } }))).ok).toBe(false);
    const proto = cleanEditorJson(JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}'));
    expect(parseNote(proto)).toMatchObject({ ok: false, path: "$.content[0].__proto__" });
    expect(cleanEditorJson("text")).toBe("text");
  });

  it("does not change its input", () => {
    const copy = structuredClone(fromEditor);
    cleanEditorJson(fromEditor);
    expect(fromEditor).toEqual(copy);
  });
});
