import "server-only";
import type { WordLink } from "@/lib/alignment/types";
import type { ConcordanceSentence } from "@/lib/concordance/search";
import { BoundedCache } from "../../cache/bounded-cache";
import { getDb } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { versionLinks } from "../alignment/get-word-alignment";

export interface DocumentSnapshot {
  sentences: ConcordanceSentence[];
  /** Versions in reading order. */
  versionIds: string[];
  /** versionId → segmentId → word links. */
  links: Map<string, Map<string, WordLink[]>>;
}

/**
 * A document's sentences, published renderings and word links, kept per process under a key that
 * changes with any edit (segment revisions, renderings, their last change, the versions and their
 * order): one small query per lookup instead of reloading the text and every version's alignment
 * state, which is what keeps a warm lookup within the 20 ms budget.
 */
const snapshots = new BoundedCache<string, Promise<DocumentSnapshot>>({ maxEntries: 16 });

/** The state of the document named by its id or by its slug (then it can be read beside the check that the caller may read it). */
export async function stateOf(document: { id: string } | { slug: string }): Promise<{ documentId: string; state: string } | null> {
  const id = "id" in document ? Prisma.sql`${document.id}` : Prisma.sql`(SELECT "id" FROM "Document" WHERE "slug" = ${document.slug})`;
  const [row] = await getDb().$queryRaw<Array<{ documentId: string | null; state: string }>>`
    SELECT d.id AS "documentId", concat_ws(':',
      (SELECT count(*) FROM "Segment" WHERE "documentId" = d.id),
      (SELECT coalesce(sum("revision"), 0) FROM "Segment" WHERE "documentId" = d.id),
      (SELECT string_agg("id" || '@' || "position", ',' ORDER BY "position", "createdAt") FROM "Version" WHERE "documentId" = d.id),
      (SELECT count(*) FROM "Translation" t JOIN "Version" v ON v."id" = t."versionId" WHERE v."documentId" = d.id),
      (SELECT extract(epoch FROM max(t."updatedAt")) FROM "Translation" t JOIN "Version" v ON v."id" = t."versionId" WHERE v."documentId" = d.id)
    ) AS state
    FROM (SELECT ${id} AS id) d`;
  return row?.documentId ? { documentId: row.documentId, state: row.state } : null;
}

async function load(documentId: string): Promise<DocumentSnapshot> {
  const db = getDb();
  const [versions, segments] = await Promise.all([
    db.version.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } }),
    db.segment.findMany({
      where: { documentId },
      orderBy: { index: "asc" },
      select: { id: true, text: true, translations: { where: { kind: "published" }, select: { versionId: true, text: true } } },
    }),
  ]);
  const sentences = segments.map((s) => ({
    segmentId: s.id,
    en: s.text,
    zh: Object.fromEntries(s.translations.flatMap((t) => (t.versionId ? [[t.versionId, t.text]] : []))),
  }));
  const versionIds = versions.map((v) => v.id);
  const links = new Map<string, Map<string, WordLink[]>>();
  await Promise.all(versionIds.map(async (v) => links.set(v, await versionLinks(documentId, v))));
  return { sentences, versionIds, links };
}

/**
 * The snapshot of `documentId` as it is now; the caller has checked that it may be read. `state`
 * is the document's state when the caller read it already (`stateOf`).
 */
export async function documentSnapshot(
  documentId: string,
  state?: { documentId: string; state: string } | null,
): Promise<DocumentSnapshot> {
  const current = state?.documentId === documentId ? state : await stateOf({ id: documentId });
  const key = `${documentId}:${current?.state ?? ""}`;
  let entry = snapshots.get(key);
  if (!entry) {
    entry = load(documentId);
    snapshots.set(key, entry);
    // A failure (text worker busy, timeout) is not kept: the next lookup tries again.
    entry.catch(() => snapshots.delete(key));
  }
  return entry;
}
