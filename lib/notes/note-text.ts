/** A note as plain text and plain text as a note: for search, exports and quick notes. */
import type { NoteBlock, NoteDoc, NoteParagraph } from "./note-types";

function blockText(block: NoteBlock): string {
  switch (block.type) {
    case "paragraph":
      return (block.content ?? [])
        .map((inline) => (inline.type === "text" ? inline.text : inline.type === "mention" ? `@${inline.attrs.label}` : "\n"))
        .join("");
    case "codeBlock":
      return (block.content ?? []).map((text) => text.text).join("");
    case "blockquote":
      return block.content.map(blockText).join("\n");
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => item.content.map(blockText).join("\n")).join("\n");
  }
}

/**
 * The note as plain text for search and exports: one line per paragraph, list item, quote line
 * or line break; no list markers; text exactly as stored otherwise.
 */
export function noteToPlainText(doc: NoteDoc): string {
  return doc.content.map(blockText).join("\n");
}

/** True when the note has no text but whitespace (an untouched editor gives an empty paragraph). */
export function isEmptyNote(doc: NoteDoc): boolean {
  return noteToPlainText(doc).trim() === "";
}

/**
 * One paragraph per line (\n, \r\n or \r). Not validated: pass it through `parseNote` when the
 * text is untrusted. `noteToPlainText(plainTextToNote(s))` is `s` with line ends turned into \n.
 */
export function plainTextToNote(text: string): NoteDoc {
  return {
    type: "doc",
    content: text
      .split(/\r\n|\r|\n/)
      .map((line): NoteParagraph => (line === "" ? { type: "paragraph" } : { type: "paragraph", content: [{ type: "text", text: line }] })),
  };
}
