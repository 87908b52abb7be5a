/**
 * A document's id and language by slug, cached per instance (bounded). These never change for a
 * document; a slug reused by a new document after a deletion shows as "not visible" in the insert
 * that relies on it, and the caller then reads again with `fresh`. This is no authorisation:
 * visibility is checked on the row of record by every write that uses the id.
 */
import "server-only";
import { BoundedCache } from "../../cache/bounded-cache";
import { getPool } from "../../db";
import { documentReadableSql } from "./visibility";

export interface DocumentRef {
  id: string;
  language: string;
}

const bySlug = new BoundedCache<string, DocumentRef>({ maxEntries: 2_000 });

export async function documentRefBySlug(slug: string, options: { fresh: boolean }): Promise<DocumentRef | null> {
  const cached = options.fresh ? undefined : bySlug.get(slug);
  if (cached) return cached;
  const { rows } = await getPool().query<DocumentRef>({
    name: "interleaf-document-ref",
    text: `SELECT id, language FROM "Document" WHERE slug = $1`,
    values: [slug],
  });
  const row = rows[0] ?? null;
  if (row) bySlug.set(slug, row);
  else bySlug.delete(slug);
  return row;
}

/** Whether the document is visible to the user now (documents/visibility.ts, as SQL), read fresh. */
export async function isDocumentVisible(documentId: string, userId: string): Promise<boolean> {
  const { rows } = await getPool().query({
    name: "interleaf-document-visible",
    text: `SELECT 1 FROM "Document" d WHERE d.id = $1 AND ${documentReadableSql("d", "$2")}`,
    values: [documentId, userId],
  });
  return rows.length > 0;
}
