/** A note body from a request: validated against the allow-list, or refused with where it went wrong. */
import { parseNote } from "@/lib/notes/note-schema";
import type { NoteDoc } from "@/lib/notes/note-types";
import { HttpError } from "../../http/errors";

export function parseNoteBody(body: unknown, options: { required?: boolean } = {}): { body: NoteDoc | null; text: string } {
  if (body === undefined || body === null) {
    if (options.required) throw new HttpError(422, "Write something first: the note is empty.", { code: "note_empty" });
    return { body: null, text: "" };
  }
  const parsed = parseNote(body);
  if (!parsed.ok)
    throw new HttpError(422, `The note cannot be saved: ${parsed.error}`, {
      code: "note_not_saved",
      ...(parsed.path ? { path: parsed.path } : {}),
    });
  // isEmptyNote(parsed.doc), without working out the plain text a second time.
  if (parsed.text.trim() === "") {
    if (options.required) throw new HttpError(422, "Write something first: the note is empty.", { code: "note_empty" });
    return { body: null, text: "" };
  }
  return { body: parsed.doc, text: parsed.text };
}
