/**
 * Who may read which document: the one rule every document read goes through, so list, read and
 * export endpoints cannot drift apart. Public documents are readable by anyone; private ones only
 * by their owner; class-only ones (visibility `class`, an import made for one class) by their
 * owner and the members of that class. A draft (`publishedAt` null: an import still being
 * aligned) is its owner's only, whatever its visibility. What a caller may not read does not
 * exist for them (404).
 *
 * A class reads what anyone may read, and its own class-only texts: a class note or class
 * proposal needs a public, published document or a published class-only one of that very class,
 * so that nothing written "for the class" points into a text the class cannot open (a private
 * import, a draft, another class's text). And what is written for everyone must be readable by
 * everyone: a public note or proposal on a class-only text is refused (422), not quietly made a
 * class one, so its writer knows who will read it.
 */
import type { Prisma } from "../../generated/prisma/client";

export interface Viewer {
  userId?: string | null;
}

export function visibleDocumentsWhere({ userId }: Viewer): Prisma.DocumentWhereInput {
  const published: Prisma.DocumentWhereInput = { visibility: "public", publishedAt: { not: null } };
  if (!userId) return published;
  return {
    OR: [published, { ownerId: userId }, { visibility: "class", publishedAt: { not: null }, class: { memberships: { some: { userId } } } }],
  };
}

/** What the rule looks at, for a document in hand. */
export interface DocumentAccess {
  visibility: string;
  publishedAt: Date | null;
  ownerId: string | null;
  classId: string | null;
}

/**
 * The same rule as SQL, for the statements that run on the pg pool: `doc` is the alias of the
 * "Document" row, `user` the placeholder that holds the viewer's id (NULL when signed out).
 */
export const documentReadableSql = (doc: string, user: string) =>
  `((${doc}.visibility = 'public' AND ${doc}."publishedAt" IS NOT NULL) OR ${doc}."ownerId" = ${user}` +
  ` OR (${doc}.visibility = 'class' AND ${doc}."publishedAt" IS NOT NULL` +
  ` AND EXISTS (SELECT 1 FROM "Membership" dm WHERE dm."classId" = ${doc}."classId" AND dm."userId" = ${user})))`;

/**
 * The same rule for a document already read. `inDocumentClass`: whether the viewer is a member of
 * the document's class (only a class-only document asks; the caller reads it when it matters).
 * visibility-agreement.test.ts runs all three forms on the same cases.
 */
export function canReadDocument(userId: string | null | undefined, document: DocumentAccess, inDocumentClass = false): boolean {
  if (document.visibility === "public" && document.publishedAt !== null) return true;
  if (!userId) return false;
  if (document.ownerId === userId) return true;
  return document.visibility === "class" && document.publishedAt !== null && document.classId !== null && inDocumentClass;
}

/** Whether reading the document depends on membership of its class (then `classId` is that class). */
export const isClassOnly = (document: Pick<DocumentAccess, "visibility">): boolean => document.visibility === "class";

/** Whether every member of class `classId` may read the document: the rule for class notes and proposals. */
export function canClassRead(document: DocumentAccess, classId: string): boolean {
  return (
    canReadDocument(null, document) ||
    (document.visibility === "class" && document.publishedAt !== null && document.classId !== null && document.classId === classId)
  );
}

/**
 * Whether a note or proposal for this audience may be written on the document: a private one
 * always; a class one when that class may read the document; a public one unless the document is
 * class-only.
 */
export function audienceFits(document: DocumentAccess, audience: { visibility: string; classId: string | null }): boolean {
  if (audience.visibility === "class") return audience.classId !== null && canClassRead(document, audience.classId);
  if (audience.visibility === "public") return !isClassOnly(document);
  return true;
}

/** audienceFits as SQL: `visibility` and `classId` are placeholders (or expressions) for the note's audience. */
export const audienceFitsSql = (doc: string, visibility: string, classId: string) =>
  `((CASE ${visibility}::text WHEN 'class' THEN (${doc}.visibility = 'public' AND ${doc}."publishedAt" IS NOT NULL)` +
  ` OR (${doc}.visibility = 'class' AND ${doc}."publishedAt" IS NOT NULL AND ${doc}."classId" = ${classId})` +
  ` WHEN 'public' THEN ${doc}.visibility <> 'class' ELSE TRUE END) IS TRUE)`;

/**
 * What the shared lists (the home page, GET /api/documents) show: what anyone may read, and the
 * class-only texts of the viewer's classes. One's own private texts are listed apart ("My texts").
 */
export function listedDocumentsWhere({ userId }: Viewer): Prisma.DocumentWhereInput {
  const published: Prisma.DocumentWhereInput = { visibility: "public", publishedAt: { not: null } };
  if (!userId) return published;
  return { OR: [published, { visibility: "class", publishedAt: { not: null }, class: { memberships: { some: { userId } } } }] };
}
