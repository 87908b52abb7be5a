import "server-only";
import { filterAnnotations, NO_FILTERS } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import type { SharedView } from "@/lib/validation/share";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { annotationInclude, toAnnotationView } from "../annotations/annotation-view";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { hashShareToken } from "./share-token";

export interface OpenedShare {
  id: string;
  documentSlug: string;
  ownerId: string;
  ownerName: string;
  view: SharedView;
  classId: string | null;
  className: string | null;
  allowJoin: boolean;
  annotations: AnnotationView[];
}

/**
 * What a link holder sees: exactly the shared notes, no more. They are read again on every open
 * through the sharer's own visibility (a note its author has since made private, deleted, or a
 * teacher hid, drops out), never hidden ones, and with the saved filters applied. Made-up tokens
 * answer 404; revoked or expired ones 410.
 */
export async function openShare(options: { token: string }): Promise<OpenedShare> {
  const db = getDb();
  const share = await db.share.findUnique({
    where: { tokenHash: hashShareToken(options.token) },
    include: { owner: { select: { name: true } }, document: { select: { slug: true } }, class: { select: { name: true } } },
  });
  if (!share) throw new HttpError(404, "This link does not exist. Check that it was copied whole.");
  if (share.revokedAt) throw new HttpError(410, "This link was turned off by the person who shared it.");
  if (share.expiresAt && share.expiresAt.getTime() <= Date.now()) throw new HttpError(410, "This link has expired. Ask the person who shared it for a new one.");

  const view = share.view as unknown as SharedView;
  const which: Prisma.AnnotationWhereInput = view.annotationIds ? { id: { in: view.annotationIds } } : { visibility: "class", classId: share.classId ?? "-" };
  const rows = await db.annotation.findMany({
    where: { AND: [visibleAnnotationsWhere(share.ownerId), { documentId: share.documentId, hidden: false }, which] },
    include: annotationInclude,
    orderBy: { createdAt: "asc" },
  });
  // Seen as a visitor: nothing is "mine", and private-to-the-sharer markers stay theirs.
  const annotations = filterAnnotations(
    rows.map((row) => toAnnotationView(row, null)),
    { ...NO_FILTERS, ...view.filters },
  );
  return {
    id: share.id,
    documentSlug: share.document.slug,
    ownerId: share.ownerId,
    ownerName: share.owner.name,
    view,
    classId: share.classId,
    className: share.class?.name ?? null,
    allowJoin: share.allowJoin && !!share.classId,
    annotations,
  };
}
