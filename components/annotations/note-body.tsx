"use client";
/** A stored note shown through the allow-list; anything that fails it shows as plain text. */
import { parseNote } from "@/lib/notes/note-schema";
import { NoteView } from "@/components/notes/note-view";
import "@/components/notes/notes.css";

export function NoteBody({ body, text }: { body: unknown; text: string }) {
  if (!body) return null;
  const parsed = parseNote(body);
  if (!parsed.ok) return <p className="note-body">{text}</p>;
  return <NoteView doc={parsed.doc} />;
}
