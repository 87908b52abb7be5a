import "server-only";
import { filterAnnotations, NO_FILTERS } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { readSharedView, type SharedView } from "@/lib/validation/share";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { annotationInclude, toAnnotationView, type AnnotationRow } from "../annotations/annotation-view";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { roleInClass } from "../classes/membership";
import { linkDoesNotWork, shareState } from "./share-state";
import { hashShareToken } from "./share-token";

/** Who a shared note is for, said from the viewer's side: anyone, the sharer's own choice, or the viewer's class. */
export type NoteAudience = "public" | "author" | "class";

export interface SharedAnnotation extends AnnotationView {
  audience: NoteAudience;
}

export interface OpenedShare {
  id: string;
  documentSlug: string;
  ownerId: string;
  ownerName: string;
  view: SharedView;
  classId: string | null;
  className: string | null;
  allowJoin: boolean;
  annotations: SharedAnnotation[];
  /** Class notes in the link that this viewer may not see (not a signed-in member of their class). */
  withheld: number;
}

/**
 * What a link holder sees: at most the shared notes, never more than their authors chose. Each
 * note is read again on every open, as it is now, and must pass two rules:
 * - the sharer can still see it (a note its author deleted, or a teacher hid, drops out);
 * - the viewer may see it through a link: a public note, anyone; a class note, only a signed-in
 *   member of its class; a private note, only when it is the sharer's own and they ticked
 *   "include my private notes" (a note made private later drops out of every other link).
 * Made-up, revoked, expired and lapsed links all answer the same 404 (share-state.ts).
 */
export async function openShare(options: { token: string; viewerId: string | null }): Promise<OpenedShare> {
  const db = getDb();
  const share = await db.share.findUnique({
    where: { tokenHash: hashShareToken(options.token) },
    include: { owner: { select: { name: true } }, document: { select: { slug: true } }, class: { select: { name: true, joinCode: true } } },
  });
  if (!share) throw linkDoesNotWork();
  const makerRole = share.allowJoin && share.classId ? await roleInClass({ userId: share.ownerId, classId: share.classId }) : null;
  if (shareState(share, { joinCode: share.class?.joinCode ?? null, makerRole }) !== "active") throw linkDoesNotWork();

  const view = readSharedView(share.view);
  const which: Prisma.AnnotationWhereInput = view.annotationIds
    ? { id: { in: view.annotationIds } }
    : { visibility: "class", classId: share.classId ?? "-" };
  const rows = await db.annotation.findMany({
    where: { AND: [visibleAnnotationsWhere(share.ownerId), { documentId: share.documentId, hidden: false }, which] },
    include: annotationInclude,
    orderBy: { createdAt: "asc" },
  });
  const memberOf = await viewerClasses(options.viewerId, rows);
  const audienceOf = (row: AnnotationRow): NoteAudience | null => {
    if (row.visibility === "public") return "public";
    if (row.visibility === "class") return row.classId && memberOf.has(row.classId) ? "class" : null;
    if (row.visibility === "private")
      return row.authorId === share.ownerId && view.annotationIds && view.includePrivate === true ? "author" : null;
    return null;
  };
  // Seen as a visitor: nothing is "mine" (no editing through a link), even for the sharer.
  const filtered = filterAnnotations(
    rows.map((row) => ({ ...toAnnotationView(row, null), audience: audienceOf(row) })),
    { ...NO_FILTERS, ...view.filters },
  );
  const annotations = filtered.filter((a): a is SharedAnnotation => a.audience !== null);
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
    withheld: filtered.filter((a) => a.audience === null && a.visibility === "class").length,
  };
}

/** The classes of these notes that the viewer belongs to now. */
async function viewerClasses(viewerId: string | null, rows: AnnotationRow[]): Promise<Set<string>> {
  const classIds = [...new Set(rows.flatMap((r) => (r.visibility === "class" && r.classId ? [r.classId] : [])))];
  if (!viewerId || !classIds.length) return new Set();
  const memberships = await getDb().membership.findMany({
    where: { userId: viewerId, classId: { in: classIds } },
    select: { classId: true },
  });
  return new Set(memberships.map((m) => m.classId));
}
