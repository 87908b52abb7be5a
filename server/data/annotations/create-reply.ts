import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { requireClassWriter } from "../classes/membership";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { requireReplyRoom } from "../limits/write-limits";
import { requireAssignmentOpen } from "../assignments/assignment-gates";
import { notify } from "../notifications/notify";
import { notifyMentions } from "../notifications/notify-mentions";
import { replyRecipients } from "../notifications/reply-recipients";
import { settleNoteMentions } from "../notifications/settle-note-mentions";
import { parseNoteBody } from "./parse-note-body";
import { visibleAnnotationsWhere } from "./visibility";

/** Replies to an annotation the viewer may see; under a class note, only while a member of its class. */
export async function createReply(options: { userId: string; annotationId: string; body: unknown }) {
  const db = getDb();
  const annotation = await db.annotation.findFirst({
    where: { id: options.annotationId, ...visibleAnnotationsWhere(options.userId) },
    select: {
      id: true,
      documentId: true,
      authorId: true,
      visibility: true,
      classId: true,
      hidden: true,
      targets: { select: { segmentId: true } },
      document: { select: { slug: true, title: true, visibility: true, publishedAt: true, ownerId: true } },
    },
  });
  if (!annotation) throw notFound("note_not_found", "This note");
  // A reply under a class note is written to the class (its author may have left it since).
  await requireClassWriter({ userId: options.userId, visibility: annotation.visibility, classId: annotation.classId });
  await requireAssignmentOpen({
    userId: options.userId,
    classId: annotation.visibility === "class" ? annotation.classId : null,
    documentId: annotation.documentId,
    segmentIds: annotation.targets.map((t) => t.segmentId),
  });
  const { body, text, mentioned } = await settleNoteMentions({
    authorId: options.userId,
    classId: annotation.visibility === "class" ? annotation.classId : null,
    ...parseNoteBody(options.body, { required: true }),
  });
  await requireReplyRoom(options.userId, annotation.documentId);
  const reply = await db.$transaction(async (tx) => {
    const created = await tx.reply.create({
      data: { annotationId: annotation.id, authorId: options.userId, body: body as Prisma.InputJsonValue, bodyText: text },
      include: { author: { select: { id: true, name: true } } },
    });
    await publishLiveEvent(tx, {
      documentId: annotation.documentId,
      kind: "reply.created",
      annotationId: annotation.id,
      payload: { replyId: created.id },
    });
    const thread = await replyRecipients(tx, { actorId: options.userId, annotation, document: annotation.document });
    // Someone told of the reply is not told again that it mentions them.
    await notifyMentions(tx, { actorId: options.userId, annotationId: annotation.id, replyId: created.id, mentioned, alreadyTold: thread });
    await notify(tx, {
      kind: "reply",
      actorId: options.userId,
      recipients: thread,
      payload: {
        actorName: created.author.name,
        annotationId: annotation.id,
        replyId: created.id,
        documentSlug: annotation.document.slug,
        documentTitle: annotation.document.title,
        segmentId: annotation.targets[0]?.segmentId,
      },
    });
    return created;
  });
  return {
    id: reply.id,
    author: reply.author,
    mine: true,
    body: reply.body,
    bodyText: reply.bodyText,
    createdAt: reply.createdAt.toISOString(),
  };
}
