/** The shape of a note: tiptap JSON limited to the allow-list that note-schema.ts enforces. */
export type NoteMark = { type: "bold" } | { type: "italic" } | { type: "code" } | { type: "link"; attrs: { href: string } };
export type NoteText = { type: "text"; text: string; marks?: NoteMark[] };
export type NoteHardBreak = { type: "hardBreak" };
/** @someone: a user's id, and their name as the server last wrote it (lib/notes/note-mentions.ts). */
export type NoteMention = { type: "mention"; attrs: { id: string; label: string } };
export type NoteInline = NoteText | NoteHardBreak | NoteMention;
export type NoteParagraph = { type: "paragraph"; content?: NoteInline[] };
export type NoteCodeBlock = { type: "codeBlock"; attrs?: { language?: string | null }; content?: { type: "text"; text: string }[] };
export type NoteListItem = { type: "listItem"; content: NoteBlock[] };
export type NoteBulletList = { type: "bulletList"; content: NoteListItem[] };
export type NoteOrderedList = { type: "orderedList"; attrs?: { start?: number }; content: NoteListItem[] };
export type NoteBlockquote = { type: "blockquote"; content: NoteBlock[] };
export type NoteBlock = NoteParagraph | NoteBulletList | NoteOrderedList | NoteBlockquote | NoteCodeBlock;
export type NoteDoc = { type: "doc"; content: NoteBlock[] };

export type ParseNoteResult = { ok: true; doc: NoteDoc; text: string } | { ok: false; error: string; path?: string };
