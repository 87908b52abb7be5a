import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { requireClassWriter } from "../classes/membership";
import { notifyMentions } from "../notifications/notify-mentions";
import { settleNoteMentions } from "../notifications/settle-note-mentions";
import { parseNoteBody } from "./parse-note-body";
import { visibleAnnotationsWhere } from "./visibility";

/**
 * Edits (`body` given) or deletes (`body` null) one's own reply on a note the caller may see.
 * Someone else's reply answers 403; a reply or note the caller cannot see answers 404.
 */
export async function changeReply(options: { userId: string; annotationId: string; replyId: string; body: unknown | null }) {
  const db = getDb();
  const annotation = await db.annotation.findFirst({
    where: { id: options.annotationId, ...visibleAnnotationsWhere(options.userId) },
    select: { id: true, documentId: true, visibility: true, classId: true },
  });
  if (!annotation) throw notFound("note_not_found", "This note");
  const reply = await db.reply.findFirst({
    where: { id: options.replyId, annotationId: annotation.id, deletedAt: null },
    select: { authorId: true },
  });
  if (!reply) throw notFound("reply_not_found", "This reply");
  if (reply.authorId !== options.userId) throw new HttpError(403, "You can only change your own replies.", { code: "reply_not_yours" });
  // Editing writes to the class again; deleting one's own reply stays possible after leaving it.
  if (options.body !== null)
    await requireClassWriter({ userId: options.userId, visibility: annotation.visibility, classId: annotation.classId });
  const parsed =
    options.body === null
      ? null
      : await settleNoteMentions({
          authorId: options.userId,
          classId: annotation.visibility === "class" ? annotation.classId : null,
          ...parseNoteBody(options.body, { required: true }),
        });

  return db.$transaction(async (tx) => {
    const changed = await tx.reply.update({
      where: { id: options.replyId },
      data: parsed ? { body: parsed.body as Prisma.InputJsonValue, bodyText: parsed.text } : { deletedAt: new Date() },
      include: { author: { select: { id: true, name: true } } },
    });
    await publishLiveEvent(tx, {
      documentId: annotation.documentId,
      kind: parsed ? "reply.updated" : "reply.deleted",
      annotationId: annotation.id,
      payload: { replyId: changed.id },
    });
    // After the update, which locks the reply's row: each person is told once per reply, however often it is edited.
    if (parsed)
      await notifyMentions(tx, { actorId: options.userId, annotationId: annotation.id, replyId: changed.id, mentioned: parsed.mentioned });
    return {
      id: changed.id,
      author: changed.author,
      mine: true,
      body: changed.body,
      bodyText: changed.bodyText,
      createdAt: changed.createdAt.toISOString(),
    };
  });
}
