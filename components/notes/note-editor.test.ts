/**
 * The editor's tiptap schema is exactly the note allow-list, and what it emits (after
 * cleanEditorJson) passes parseNote. Built without a DOM: getJSON() is doc.toJSON().
 */
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { cleanEditorJson } from "@/lib/notes/clean-editor-json";
import { NOTE_MARKS, NOTE_NODES, parseNote } from "@/lib/notes/note-schema";
import { noteEditorExtensions } from "./note-editor";

const schema = getSchema(noteEditorExtensions);

describe("note editor schema", () => {
  it("has exactly the allow-listed nodes and marks", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...NOTE_NODES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...NOTE_MARKS].sort());
  });

  it("emits JSON that passes parseNote once cleaned", () => {
    const input = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "a", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://x.y" } }] },
            { type: "hardBreak", marks: [{ type: "italic" }] },
            { type: "mention", attrs: { id: "u1", label: "Bea Li" }, marks: [{ type: "bold" }] },
          ],
        },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "codeBlock", attrs: { language: "js" }, content: [{ type: "text", text: "x\ny" }] },
      ],
    };
    const result = parseNote(cleanEditorJson(schema.nodeFromJSON(input).toJSON()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(cleanEditorJson(schema.nodeFromJSON(result.doc).toJSON())).toEqual(result.doc);
  });
});
