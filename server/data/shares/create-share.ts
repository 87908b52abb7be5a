import "server-only";
import type { CreateShareInput, SharedView } from "@/lib/validation/share";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { requireMembership } from "../classes/membership";
import { visibleDocumentsWhere } from "../documents/visibility";
import { requireShareRoom } from "../limits/write-limits";
import { hashJoinCode } from "./share-state";
import { hashShareToken, newShareToken } from "./share-token";
import { isTeacher } from "@/lib/classes/roles";

/**
 * Creates a read-only link to an annotated view. One can only share what one can see: every
 * chosen note must be visible to the sharer (404 otherwise), and a class only by its members.
 * A link never widens what authors chose: class notes in it reach only signed-in members of their
 * class (open-share.ts), and the sharer's own private notes go in only when `includePrivate` says
 * so (422 otherwise, so nobody shares them by accident). Only a teacher may make a link that
 * admits members; it remembers the join code it was made under. The token is returned once, here;
 * only its hash is kept. `origin` is the configured public origin (server/http/public-origin.ts),
 * never one taken from the request.
 */
export async function createShare(options: { userId: string; input: CreateShareInput; origin: string }) {
  const { userId, input } = options;
  const db = getDb();
  const document = await db.document.findFirst({
    where: { slug: input.document, ...visibleDocumentsWhere({ userId }) },
    select: { id: true },
  });
  if (!document) throw notFound("document_not_found", `Document "${input.document}"`);
  let joinCodeHash: string | null = null;
  if (input.classId) {
    const role = await requireMembership({ userId, classId: input.classId });
    if (input.allowJoin) {
      if (!isTeacher(role)) {
        throw new HttpError(
          403,
          "Only a teacher of the class can make a link that lets people join it. Make the link without inviting, or ask your teacher for one.",
          {
            code: "only_teachers_invite",
          },
        );
      }
      const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: input.classId }, select: { joinCode: true } });
      joinCodeHash = hashJoinCode(input.classId, joinCode);
    }
  }
  const annotationIds = input.annotationIds ? [...new Set(input.annotationIds)] : null;
  if (annotationIds?.length) {
    const visible = await db.annotation.findMany({
      where: { AND: [visibleAnnotationsWhere(userId), { documentId: document.id, id: { in: annotationIds } }] },
      select: { authorId: true, visibility: true },
    });
    if (visible.length !== annotationIds.length) throw notFound("shared_note_not_found", "One of the notes to share");
    // Others' private notes are not visible to the sharer, so only the sharer's own can be here.
    const ownPrivate = visible.filter((a) => a.visibility === "private" && a.authorId === userId).length;
    if (ownPrivate && !input.includePrivate) {
      throw new HttpError(
        422,
        `${ownPrivate === 1 ? "One of these notes is" : `${ownPrivate} of these notes are`} private to you. Tick "include my private notes" to let anyone with the link read them, or leave them out.`,
        { code: "private_notes_not_included", privateNotes: ownPrivate },
      );
    }
  }
  if (input.versionId && !(await db.version.count({ where: { id: input.versionId, documentId: document.id } }))) {
    throw new HttpError(422, `versionId: version ${input.versionId} is not a version of this document.`, { code: "share_version_unknown" });
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now())
    throw new HttpError(422, "expiresAt: choose a time in the future.", { code: "share_expiry_past" });

  const view: SharedView = {
    annotationIds,
    versionId: input.versionId ?? null,
    filters: input.filters ?? {},
    focus: input.focus ?? null,
    layout: input.layout ?? null,
    includePrivate: input.includePrivate,
  };
  await requireShareRoom(userId);
  const token = newShareToken();
  const share = await db.share.create({
    data: {
      tokenHash: hashShareToken(token),
      ownerId: userId,
      documentId: document.id,
      view,
      classId: input.classId ?? null,
      allowJoin: input.allowJoin,
      joinCodeHash,
      expiresAt,
    },
  });
  const path = `/s/${token}`;
  return { id: share.id, path, url: `${options.origin}${path}`, expiresAt: share.expiresAt?.toISOString() ?? null };
}
