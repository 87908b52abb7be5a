/**
 * Mentions in a note body: the allow-list takes `{ id, label }` and nothing more, and the stored
 * note keeps a mention only for a member the server found (with the member's name); every other
 * mention becomes plain text, so a forged or non-member id names and notifies nobody.
 */
import { describe, expect, it } from "vitest";
import { MENTIONS } from "../limits";
import { cleanEditorJson } from "./clean-editor-json";
import { noteToHtml } from "./note-html";
import { noteToMarkdown } from "./note-markdown";
import { mentionedIds, settleMentions } from "./note-mentions";
import { parseNote } from "./note-schema";
import { noteToPlainText } from "./note-text";
import type { NoteDoc } from "./note-types";

const mention = (id: unknown, label: unknown, extra: Record<string, unknown> = {}) => ({ type: "mention", attrs: { id, label, ...extra } });
const note = (...inline: unknown[]) => ({ type: "doc", content: [{ type: "paragraph", content: inline }] });
const text = (value: string) => ({ type: "text", text: value });

function parsed(input: unknown): NoteDoc {
  const result = parseNote(input);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("a mention in the note allow-list", () => {
  it("is accepted with an id and a label, and reads as @label", () => {
    const result = parseNote(note(text("Ask "), mention("cm1abc", "Bea Li"), text(" about it")));
    expect(result).toMatchObject({ ok: true, text: "Ask @Bea Li about it" });
  });

  it("refuses forged attributes, marks, missing or odd ids, and long labels", () => {
    const refusals = [
      note(mention("u1", "Bea", { onclick: "alert(1)" })),
      note(mention("u1", "Bea", { href: "javascript:alert(1)" })),
      note({ ...mention("u1", "Bea"), marks: [{ type: "link", attrs: { href: "https://evil.example" } }] }),
      note({ type: "mention", attrs: { label: "Bea" } }),
      note(mention("", "Bea")),
      note(mention('u1"><img src=x>', "Bea")),
      note(mention("u1", "")),
      note(mention("u1", 42)),
      note(mention("u1", "x".repeat(101))),
      note(mention("x".repeat(65), "Bea")),
      { type: "doc", content: [mention("u1", "Bea")] },
    ];
    for (const input of refusals) expect(parseNote(input).ok, JSON.stringify(input)).toBe(false);
  });

  it("takes what the editor emits once cleaned (the trigger character and any marks dropped)", () => {
    const fromEditor = note({ type: "mention", attrs: { id: "u1", label: "Bea", mentionSuggestionChar: "@" }, marks: [{ type: "bold" }] });
    expect(parsed(cleanEditorJson(fromEditor))).toEqual(note(mention("u1", "Bea")));
  });

  it("renders the label escaped, as text, in HTML and Markdown exports", () => {
    const doc = parsed(note(mention("u1", "<b>Bea</b> & *co*")));
    expect(noteToHtml(doc)).toBe("<p><span>@&lt;b&gt;Bea&lt;/b&gt; &amp; *co*</span></p>");
    expect(noteToMarkdown(doc)).not.toContain("*co*");
    expect(noteToPlainText(doc)).toBe("@<b>Bea</b> & *co*");
  });
});

describe("settling mentions against the class's members", () => {
  const members = new Map([
    ["bea", "Bea Li"],
    ["cal", "Cal Wu"],
  ]);

  it("lists each person mentioned once, in reading order, at most MENTIONS.maxPeoplePerNote", () => {
    const doc = parsed({
      type: "doc",
      content: [
        { type: "paragraph", content: [mention("cal", "Cal"), text(" and "), mention("bea", "Bea"), mention("cal", "Cal")] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [mention("dee", "Dee")] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [mention("eve", "Eve")] }] },
      ],
    });
    expect(mentionedIds(doc)).toEqual(["cal", "bea", "dee", "eve"]);
    const many = parsed(note(...Array.from({ length: 30 }, (_, i) => mention(`u${i}`, `U${i}`))));
    expect(mentionedIds(many)).toHaveLength(MENTIONS.maxPeoplePerNote);
    expect(mentionedIds(null)).toEqual([]);
  });

  it("gives a member's mention the member's name, whatever label the browser sent", () => {
    const doc = parsed(note(text("Hi "), mention("bea", "Someone Else")));
    expect(settleMentions(doc, members)).toEqual(note(text("Hi "), mention("bea", "Bea Li")));
  });

  it("turns a mention of a non-member (or a forged id) into plain text that names nobody", () => {
    const doc = parsed(note(mention("stranger", "Mallory"), text(" "), mention("cal", "C")));
    const settled = settleMentions(doc, members);
    expect(settled).toEqual(note(text("@Mallory"), text(" "), mention("cal", "Cal Wu")));
    expect(mentionedIds(settled)).toEqual(["cal"]);
    expect(parseNote(settled).ok).toBe(true);
  });

  it("keeps every mention as text when nobody may be mentioned (a private or public note)", () => {
    const doc = parsed(note(mention("bea", "Bea"), mention("cal", "Cal")));
    const settled = settleMentions(doc, new Map());
    expect(mentionedIds(settled)).toEqual([]);
    expect(noteToPlainText(settled)).toBe("@Bea@Cal");
  });
});
