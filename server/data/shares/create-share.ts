import "server-only";
import type { CreateShareInput, SharedView } from "@/lib/validation/share";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { requireMembership } from "../classes/membership";
import { visibleDocumentsWhere } from "../documents/visibility";
import { hashShareToken, newShareToken } from "./share-token";

/**
 * Creates a read-only link to an annotated view. One can only share what one can see: every
 * chosen note must be visible to the sharer (404 otherwise), and a class only by its members.
 * The token is returned once, here; only its hash is kept. `origin` is the configured public
 * origin (server/http/public-origin.ts), never one taken from the request.
 */
export async function createShare(options: { userId: string; input: CreateShareInput; origin: string }) {
  const { userId, input } = options;
  const db = getDb();
  const document = await db.document.findFirst({ where: { slug: input.document, ...visibleDocumentsWhere({ userId }) }, select: { id: true } });
  if (!document) throw notFound(`Document "${input.document}"`);
  if (input.classId) await requireMembership({ userId, classId: input.classId });
  const annotationIds = input.annotationIds ? [...new Set(input.annotationIds)] : null;
  if (annotationIds?.length) {
    const visible = await db.annotation.count({ where: { AND: [visibleAnnotationsWhere(userId), { documentId: document.id, id: { in: annotationIds } }] } });
    if (visible !== annotationIds.length) throw notFound("One of the notes to share");
  }
  if (input.versionId && !(await db.version.count({ where: { id: input.versionId, documentId: document.id } }))) {
    throw new HttpError(422, `versionId: version ${input.versionId} is not a version of this document.`);
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw new HttpError(422, "expiresAt: choose a time in the future.");

  const view: SharedView = { annotationIds, versionId: input.versionId ?? null, filters: input.filters ?? {}, focus: input.focus ?? null, layout: input.layout ?? null };
  const token = newShareToken();
  const share = await db.share.create({
    data: { tokenHash: hashShareToken(token), ownerId: userId, documentId: document.id, view: view as unknown as Prisma.InputJsonValue, classId: input.classId ?? null, allowJoin: input.allowJoin, expiresAt },
  });
  const path = `/s/${token}`;
  return { id: share.id, path, url: `${options.origin}${path}`, expiresAt: share.expiresAt?.toISOString() ?? null };
}
