/**
 * The refusals for writing a note or proposal for an audience that cannot read the document:
 * "for the class" on a document the class cannot read (a private import, or a draft), and, on a
 * class-only text, "for everyone" or for another class. documents/visibility.ts has the rule.
 */
import { HttpError } from "../../http/errors";
import { audienceFits, isClassOnly, type DocumentAccess } from "../documents/visibility";

export function classCannotRead(what: "note" | "proposal"): HttpError {
  return new HttpError(
    422,
    `Only this document's owner can read it (it is private, or not published yet), so your class could never see a ${what} on it. Keep the ${what} private, or write it on a published public document.`,
    { code: what === "note" ? "class_note_on_private_document" : "class_proposal_on_private_document" },
  );
}

export function outsideDocumentClass(what: "note" | "proposal"): HttpError {
  return new HttpError(
    422,
    `This text is visible only to one class, so a ${what} on it can be private or for that class, not public or for another class.`,
    { code: what === "note" ? "note_outside_document_class" : "proposal_outside_document_class" },
  );
}

/** 422 unless a note or proposal for `audience` may be written on the document (audienceFits). */
export function requireAudienceFits(
  what: "note" | "proposal",
  document: DocumentAccess,
  audience: { visibility: string; classId: string | null },
): void {
  if (audienceFits(document, audience)) return;
  throw isClassOnly(document) ? outsideDocumentClass(what) : classCannotRead(what);
}
