/**
 * Who may read which document: the one rule every document read goes through, so list, read and
 * export endpoints cannot drift apart. Public documents are readable by anyone; private ones only
 * by their owner. A draft (`publishedAt` null: an import still being aligned) is its owner's
 * only, whatever its visibility. What a caller may not read does not exist for them (404).
 *
 * A class reads what anyone may read: a class note or class proposal needs a public, published
 * document, so that nothing written "for the class" points into a text the class cannot open
 * (a private import, a draft) and no class view, export or statistic has to quote one.
 */
import type { Prisma } from "../../generated/prisma/client";

export interface Viewer {
  userId?: string | null;
}

export function visibleDocumentsWhere({ userId }: Viewer): Prisma.DocumentWhereInput {
  const published: Prisma.DocumentWhereInput = { visibility: "public", publishedAt: { not: null } };
  return userId ? { OR: [published, { ownerId: userId }] } : published;
}

/** What the rule looks at, for a document in hand. */
export interface DocumentAccess {
  visibility: string;
  publishedAt: Date | null;
  ownerId: string | null;
}

/**
 * The same rule as SQL, for the statements that run on the pg pool: `doc` is the alias of the
 * "Document" row, `user` the placeholder that holds the viewer's id (NULL when signed out).
 */
export const documentReadableSql = (doc: string, user: string) =>
  `((${doc}.visibility = 'public' AND ${doc}."publishedAt" IS NOT NULL) OR ${doc}."ownerId" = ${user})`;

/** The same rule for a document already read. visibility-agreement.test.ts runs all three forms on the same cases. */
export function canReadDocument(userId: string | null | undefined, document: DocumentAccess): boolean {
  return (document.visibility === "public" && document.publishedAt !== null) || (!!userId && document.ownerId === userId);
}

/** Whether every member of any class may read the document: the rule for class notes and proposals. */
export function canClassRead(document: DocumentAccess): boolean {
  return canReadDocument(null, document);
}
