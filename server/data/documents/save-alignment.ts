import "server-only";
import type { AlignedRowInput } from "@/lib/validation/document-import";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { getOwnedDocumentOrThrow } from "./get-owned-document";
import { writeRows } from "./import-document";
import type { DocumentVisibility } from "@/lib/documents/types";

/**
 * Replaces a draft's rows with the owner's corrected alignment, and publishes it when asked.
 * Re-cutting sentences gives them new ids, so it is refused once any note points at them: after
 * that, the text is corrected sentence by sentence (and notes re-anchored) instead.
 */
export async function saveAlignment(options: {
  userId: string;
  slug: string;
  rows: AlignedRowInput[];
  publish: boolean;
}): Promise<{ slug: string; published: boolean; visibility: DocumentVisibility }> {
  return getDb().$transaction(
    async (tx) => {
      const document = await getOwnedDocumentOrThrow(tx, options);
      if (document.publishedAt)
        throw new HttpError(409, "This document is published: edit its sentences one by one instead of re-aligning it.", {
          code: "document_published",
        });
      const notes = await tx.annotation.count({ where: { documentId: document.id } });
      if (notes > 0)
        throw new HttpError(409, "Notes already point at these sentences: edit them one by one instead of re-aligning.", {
          code: "document_has_notes",
        });
      await tx.segment.deleteMany({ where: { documentId: document.id } });
      await writeRows(tx, document.id, options.rows);
      if (options.publish) await tx.document.update({ where: { id: document.id }, data: { publishedAt: new Date() } });
      return { slug: document.slug, published: options.publish, visibility: document.visibility };
    },
    { timeout: 60_000 },
  );
}
