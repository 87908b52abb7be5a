/**
 * Tells the members a note or reply mentions, inside the write's transaction. Each person is told
 * once per note or reply, however often it is edited: someone already told about this one is
 * skipped (the write has locked the note's or reply's row, so two edits cannot both miss the
 * other's notification). Only people who may still read the note are told: a member whose note
 * the teacher hid, or who may not read the text, is not.
 */
import "server-only";
import type { NotificationPayload } from "@/lib/notifications/notification-view";
import type { Prisma } from "../../generated/prisma/client";
import { couldSee } from "../annotations/visibility";
import { canReadDocument } from "../documents/visibility";
import { notify } from "./notify";

export async function notifyMentions(
  tx: Prisma.TransactionClient,
  options: {
    actorId: string;
    annotationId: string;
    /** Set when the mentions are in a reply rather than in the note itself. */
    replyId?: string;
    /** From settleNoteMentions: members of the note's class, less the writer. */
    mentioned: readonly string[];
    /** People this same write already notifies otherwise (a reply's thread): not told twice. */
    alreadyTold?: readonly string[];
  },
): Promise<number> {
  const told = new Set(options.alreadyTold);
  const candidates = options.mentioned.filter((id) => id !== options.actorId && !told.has(id));
  if (candidates.length === 0) return 0;
  const annotation = await tx.annotation.findFirst({
    where: { id: options.annotationId, deletedAt: null },
    select: {
      id: true,
      authorId: true,
      visibility: true,
      classId: true,
      hidden: true,
      targets: { select: { segmentId: true }, take: 1 },
      document: { select: { slug: true, title: true, visibility: true, publishedAt: true, ownerId: true, classId: true } },
    },
  });
  if (!annotation?.classId || annotation.visibility !== "class") return 0;
  const memberships = await tx.membership.findMany({
    where: { classId: annotation.classId, userId: { in: candidates } },
    select: { userId: true, role: true },
  });
  const readers = memberships
    // Every candidate is a member of the note's class: on a class-only text, that is the text's class.
    .filter(
      (m) =>
        canReadDocument(m.userId, annotation.document, annotation.document.classId === annotation.classId) &&
        couldSee(m.userId, annotation, m.role),
    )
    .map((m) => m.userId);
  if (readers.length === 0) return 0;
  const earlier = await tx.notification.findMany({
    where: { kind: "mention", userId: { in: readers }, payload: { path: ["annotationId"], equals: annotation.id } },
    select: { userId: true, payload: true },
  });
  const toldBefore = new Set(earlier.filter((n) => (n.payload as NotificationPayload).replyId === options.replyId).map((n) => n.userId));
  const actor = await tx.user.findUnique({ where: { id: options.actorId }, select: { name: true } });
  return notify(tx, {
    kind: "mention",
    actorId: options.actorId,
    recipients: readers.filter((id) => !toldBefore.has(id)),
    payload: {
      actorName: actor?.name,
      annotationId: annotation.id,
      replyId: options.replyId,
      documentSlug: annotation.document.slug,
      documentTitle: annotation.document.title,
      segmentId: annotation.targets[0]?.segmentId,
    },
  });
}
