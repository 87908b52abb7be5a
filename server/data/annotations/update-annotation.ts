import "server-only";
import type { NoteDoc } from "@/lib/notes/note-types";
import type { UpdateAnnotationInput } from "@/lib/validation/annotation";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { classCannotRead } from "../classes/class-readable";
import { requireClassWriter, requireMembership } from "../classes/membership";
import { canClassRead } from "../documents/visibility";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { parseNoteBody } from "./parse-note-body";
import { visibleAnnotationsWhere } from "./visibility";
import { notifyMentions } from "../notifications/notify-mentions";
import { settleNoteMentions } from "../notifications/settle-note-mentions";

/**
 * Edits one's own annotation. Concurrent edits follow one rule: the edit names the version it
 * started from, and a stale version is refused with 409 (the client reloads and reapplies).
 * Moving a note to `class` needs a class the author belongs to and a document the class may read
 * (not a private import or a draft: 422 `class_note_on_private_document`); moving it out drops the class.
 */
export async function updateAnnotation(options: { userId: string; id: string; input: UpdateAnnotationInput }): Promise<AnnotationView> {
  const { userId, id, input } = options;
  const db = getDb();
  const current = await db.annotation.findFirst({
    where: { id, ...visibleAnnotationsWhere(userId) },
    select: {
      authorId: true,
      documentId: true,
      visibility: true,
      classId: true,
      hidden: true,
      body: true,
      bodyText: true,
      document: { select: { visibility: true, publishedAt: true, ownerId: true } },
    },
  });
  if (!current) throw notFound("note_not_found", "This note");
  if (current.authorId !== userId) throw new HttpError(403, "You can only change your own notes.", { code: "note_not_yours" });
  const { document, body: storedBody, bodyText: storedText, ...state } = current;

  const data: Prisma.AnnotationUncheckedUpdateManyInput = { version: { increment: 1 } };
  if (input.tags) data.tags = input.tags;
  if (input.motivation) data.motivation = input.motivation;
  if (input.color) data.color = input.color;
  if (input.visibility) {
    data.visibility = input.visibility;
    if (input.visibility === "class") {
      const classId = input.classId ?? state.classId;
      if (!classId) throw new HttpError(422, "Say which class: a class note needs a classId.", { code: "note_class_missing" });
      await requireMembership({ userId, classId });
      if (!canClassRead(document)) throw classCannotRead("note");
      data.classId = classId;
    } else data.classId = null;
  } else {
    // An edit that keeps the note in its class writes to the class: only while still a member.
    await requireClassWriter({ userId, visibility: state.visibility, classId: state.classId });
  }
  let mentioned: string[] = [];
  // Mentions are settled against the class the note will be in after this edit (none for private or
  // public): those of a new body, and those of the stored one when the note changes audience, so a
  // note taken out of its class names nobody of it any more.
  const classBefore = state.visibility === "class" ? state.classId : null;
  const classAfter = input.visibility ? (input.visibility === "class" ? (data.classId as string) : null) : classBefore;
  if (input.body !== undefined || classAfter !== classBefore) {
    const given = input.body !== undefined ? parseNoteBody(input.body) : { body: storedBody as NoteDoc | null, text: storedText };
    const settled = await settleNoteMentions({ authorId: userId, classId: classAfter, ...given });
    data.body = settled.body ?? (null as unknown as Prisma.NullableJsonNullValueInput);
    data.bodyText = settled.text;
    mentioned = settled.mentioned;
  }

  return db.$transaction(async (tx) => {
    const { count } = await tx.annotation.updateMany({ where: { id, authorId: userId, deletedAt: null, version: input.version }, data });
    if (count === 0) {
      const now = await tx.annotation.findUnique({ where: { id }, select: { version: true } });
      throw new HttpError(409, "This note was changed somewhere else since you opened it. Reload it and apply your change again.", {
        code: "note_changed_elsewhere",
        version: now?.version,
      });
    }
    const { documentId, ...was } = state;
    await publishLiveEvent(tx, { documentId, kind: "annotation.updated", annotationId: id, payload: { was } });
    // After the update, which locks the note's row: concurrent edits cannot both tell the same person.
    await notifyMentions(tx, { actorId: userId, annotationId: id, mentioned });
    const row = await tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
    return toAnnotationView(row, userId);
  });
}
