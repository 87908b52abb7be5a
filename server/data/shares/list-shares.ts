import "server-only";
import { readSharedView } from "@/lib/validation/share";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "../documents/visibility";
import { shareState, type ShareState } from "./share-state";

export interface ShareSummary {
  id: string;
  document: string;
  className: string | null;
  noteCount: number | null;
  allowJoin: boolean;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  state: ShareState;
}

/** The caller's own links (on one document, or all), newest first. Their tokens are not kept, so not listed. */
export async function listShares(options: {
  userId: string;
  documentSlug?: string;
  page?: { skip: number; take: number };
}): Promise<ShareSummary[]> {
  const db = getDb();
  let documentId: string | undefined;
  if (options.documentSlug) {
    const document = await db.document.findFirst({
      where: { slug: options.documentSlug, ...visibleDocumentsWhere({ userId: options.userId }) },
      select: { id: true },
    });
    if (!document) throw notFound("document_not_found", `Document "${options.documentSlug}"`);
    documentId = document.id;
  }
  const rows = await db.share.findMany({
    where: { ownerId: options.userId, ...(documentId ? { documentId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      document: { select: { slug: true } },
      class: { select: { name: true, joinCode: true, memberships: { where: { userId: options.userId }, select: { role: true } } } },
    },
    skip: options.page?.skip ?? 0,
    take: options.page?.take ?? 200,
  });
  const now = Date.now();
  return rows.map((s) => ({
    id: s.id,
    document: s.document.slug,
    className: s.class?.name ?? null,
    noteCount: readSharedView(s.view).annotationIds?.length ?? null,
    allowJoin: s.allowJoin,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt?.toISOString() ?? null,
    revokedAt: s.revokedAt?.toISOString() ?? null,
    state: shareState(s, { joinCode: s.class?.joinCode ?? null, makerRole: s.class?.memberships[0]?.role ?? null }, now),
  }));
}
