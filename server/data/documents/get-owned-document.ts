import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { notFound } from "../../http/errors";

/**
 * The document `slug` if `userId` owns it; 404 otherwise, whether it exists or not (a document one
 * may read but not edit is no more visible to its editing endpoints than one that does not exist).
 */
export async function getOwnedDocumentOrThrow(tx: Prisma.TransactionClient, options: { userId: string; slug: string }) {
  const document = await tx.document.findFirst({
    where: { slug: options.slug, ownerId: options.userId },
    select: { id: true, slug: true, title: true, language: true, visibility: true, publishedAt: true },
  });
  if (!document) throw notFound("document_not_found", `Document "${options.slug}"`);
  return document;
}
