import "server-only";
import type { WordLink } from "@/lib/alignment/types";
import { BoundedCache } from "../../cache/bounded-cache";
import { getDb } from "../../db";
import { runTextJob } from "../../runtime/text-worker-pool";
import { Prisma } from "../../generated/prisma/client";
import { resolveSegmentRendering } from "./resolve-rendering";

export interface WordAlignment {
  segmentId: string;
  versionId: string;
  links: WordLink[];
}

/**
 * Word links are computed for a whole document version at once (Model 1 learns from every
 * sentence pair), in the text worker, and kept per process. The key names what the links depend
 * on: the version's rendering count and last edit, and the document's segment revisions, so an
 * edit or a new rendering makes a new entry. Safe to lose: it is recomputed on demand.
 */
const cache = new BoundedCache<string, Promise<Map<string, WordLink[]>>>({ maxEntries: 64 });

async function versionPairs(documentId: string, versionId: string) {
  const segments = await getDb().segment.findMany({
    where: { documentId },
    orderBy: { index: "asc" },
    select: { id: true, text: true, revision: true, translations: { where: { versionId }, select: { text: true, revision: true } } },
  });
  return segments.flatMap((s) => (s.translations[0] ? [{ segmentId: s.id, en: s.text, zh: s.translations[0].text }] : []));
}

/**
 * The cache key of version `versionId`'s links, in one statement, for the document given by its id
 * or by one of its sentences (then it can be read before the sentence is).
 */
async function documentKey(scope: { documentId: string } | { segmentId: string }, versionId: string): Promise<string> {
  const documentId =
    "documentId" in scope
      ? Prisma.sql`${scope.documentId}`
      : Prisma.sql`(SELECT "documentId" FROM "Segment" WHERE "id" = ${scope.segmentId})`;
  const [row] = await getDb().$queryRaw<
    { document: string; renderings: number; edited: Date | null; segments: number; revisions: bigint }[]
  >`
    SELECT s.document, s.segments, s.revisions,
      (SELECT count(*)::int FROM "Translation" WHERE "versionId" = ${versionId}) AS renderings,
      (SELECT max("updatedAt") FROM "Translation" WHERE "versionId" = ${versionId}) AS edited
    FROM (SELECT max("documentId") AS document, count(*)::int AS segments, coalesce(sum("revision"), 0)::bigint AS revisions
          FROM "Segment" WHERE "documentId" = ${documentId}) s`;
  return `${row?.document}:${versionId}:${row?.renderings}:${row?.edited?.getTime() ?? 0}:${row?.segments}:${row?.revisions}`;
}

function alignPairs(key: string, load: () => Promise<Array<{ segmentId: string; en: string; zh: string }>>) {
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const pairs = await load();
      const links = await runTextJob("alignWords", { pairs: pairs.map(({ en, zh }) => ({ en, zh })) });
      return new Map(pairs.map((p, i) => [p.segmentId, links[i] ?? []]));
    })();
    cache.set(key, entry);
    // A failure (busy, timeout) is not kept: the next request tries again.
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

/**
 * The word links of every sentence of published version `versionId`, by segment id: aligned once
 * per document state in the text worker, then served from the cache. The caller checks visibility.
 */
export async function versionLinks(
  documentId: string,
  versionId: string,
  key: Promise<string> = documentKey({ documentId }, versionId),
): Promise<Map<string, WordLink[]>> {
  return alignPairs(await key, () => versionPairs(documentId, versionId));
}

/** GET /api/segments/{id}/word-alignment?version= : the caller must be able to read both sides. */
export async function getWordAlignment(options: { userId: string | null; segmentId: string; version: string }): Promise<WordAlignment> {
  // The cache key is read with the sentence and its rendering: `version` nearly always names a
  // version, and nothing of the key is answered unless the rendering is one the caller may read.
  const guessedKey = documentKey({ segmentId: options.segmentId }, options.version);
  guessedKey.catch(() => undefined); // awaited below only when the guess was right
  const { segment, rendering } = await resolveSegmentRendering({ ...options, ref: options.version });
  let links: WordLink[];
  if (rendering.versionId) {
    const versionId = rendering.versionId;
    const key = versionId === options.version ? guessedKey : undefined;
    links = (await versionLinks(segment.documentId, versionId, key)).get(segment.id) ?? [];
  } else {
    // A proposal is aligned in the context of the document's first project version, its own
    // sentence in place of that version's, so the statistics still see the whole text.
    const context = await getDb().version.findFirst({
      where: { documentId: segment.documentId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const key = `proposal:${rendering.translationId}:${rendering.revision}:${segment.revision}:${context ? await documentKey({ documentId: segment.documentId }, context.id) : "none"}`;
    const load = async () => {
      const pairs = context ? await versionPairs(segment.documentId, context.id) : [];
      const rest = pairs.filter((p) => p.segmentId !== segment.id);
      return [...rest, { segmentId: segment.id, en: segment.text, zh: rendering.text }];
    };
    links = (await alignPairs(key, load)).get(segment.id) ?? [];
  }
  return { segmentId: segment.id, versionId: options.version, links };
}
