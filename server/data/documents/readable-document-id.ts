import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "./visibility";

/** The id of the document `slug` names, if `userId` (null: signed out) may read it; 404 otherwise, whether it exists or not. */
export async function readableDocumentIdOrThrow(options: { slug: string; userId: string | null }): Promise<string> {
  const document = await getDb().document.findFirst({
    where: { slug: options.slug, ...visibleDocumentsWhere({ userId: options.userId }) },
    select: { id: true },
  });
  if (!document) throw notFound("document_not_found", `Document "${options.slug}"`);
  return document.id;
}
