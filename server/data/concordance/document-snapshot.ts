import "server-only";
import type { WordLink } from "@/lib/alignment/types";
import type { ConcordanceSentence } from "@/lib/concordance/search";
import { BoundedCache } from "../../cache/bounded-cache";
import { getDb } from "../../db";
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

async function stateOf(documentId: string): Promise<string> {
  const [row] = await getDb().$queryRaw<Array<{ state: string }>>`
    SELECT concat_ws(':',
      (SELECT count(*) FROM "Segment" WHERE "documentId" = ${documentId}),
      (SELECT coalesce(sum("revision"), 0) FROM "Segment" WHERE "documentId" = ${documentId}),
      (SELECT string_agg("id" || '@' || "position", ',' ORDER BY "position", "createdAt") FROM "Version" WHERE "documentId" = ${documentId}),
      (SELECT count(*) FROM "Translation" t JOIN "Version" v ON v."id" = t."versionId" WHERE v."documentId" = ${documentId}),
      (SELECT extract(epoch FROM max(t."updatedAt")) FROM "Translation" t JOIN "Version" v ON v."id" = t."versionId" WHERE v."documentId" = ${documentId})
    ) AS state`;
  return row?.state ?? "";
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

/** The snapshot of `documentId` as it is now; the caller has checked that it may be read. */
export async function documentSnapshot(documentId: string): Promise<DocumentSnapshot> {
  const key = `${documentId}:${await stateOf(documentId)}`;
  let entry = snapshots.get(key);
  if (!entry) {
    entry = load(documentId);
    snapshots.set(key, entry);
    // A failure (text worker busy, timeout) is not kept: the next lookup tries again.
    entry.catch(() => snapshots.delete(key));
  }
  return entry;
}
