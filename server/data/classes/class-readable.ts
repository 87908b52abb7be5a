/**
 * The refusal for writing "for the class" on a document the class cannot read (a private import,
 * or a draft): such notes and proposals stay private. documents/visibility.ts has the rule.
 */
import { HttpError } from "../../http/errors";

export function classCannotRead(what: "note" | "proposal"): HttpError {
  return new HttpError(
    422,
    `Only this document's owner can read it (it is private, or not published yet), so your class could never see a ${what} on it. Keep the ${what} private, or write it on a published public document.`,
    { code: what === "note" ? "class_note_on_private_document" : "class_proposal_on_private_document" },
  );
}
