import "server-only";
import type { WordLink } from "@/lib/alignment/types";
import { BoundedCache } from "../../cache/bounded-cache";
import { getDb } from "../../db";
import { runTextJob } from "../../runtime/text-worker-pool";
import { getSegmentOrThrow } from "../translations/get-segment-or-throw";
import { resolveRendering } from "./resolve-rendering";

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

async function documentKey(documentId: string, versionId: string): Promise<string> {
  const db = getDb();
  const [t, s] = await Promise.all([
    db.translation.aggregate({ where: { versionId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.segment.aggregate({ where: { documentId }, _count: { _all: true }, _sum: { revision: true } }),
  ]);
  return `${documentId}:${versionId}:${t._count._all}:${t._max.updatedAt?.getTime() ?? 0}:${s._count._all}:${s._sum.revision ?? 0}`;
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
  key: Promise<string> = documentKey(documentId, versionId),
): Promise<Map<string, WordLink[]>> {
  return alignPairs(await key, () => versionPairs(documentId, versionId));
}

/** GET /api/segments/{id}/word-alignment?version= : the caller must be able to read both sides. */
export async function getWordAlignment(options: { userId: string | null; segmentId: string; version: string }): Promise<WordAlignment> {
  const segment = await getSegmentOrThrow(options);
  // The cache key's reads go out with the rendering's: `version` nearly always names a version,
  // and nothing of the key is answered unless the rendering is one the caller may read.
  const guessedKey = documentKey(segment.documentId, options.version);
  guessedKey.catch(() => undefined); // awaited below only when the guess was right
  const rendering = await resolveRendering({ ...options, documentId: segment.documentId, ref: options.version });
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
    const key = `proposal:${rendering.translationId}:${rendering.revision}:${segment.revision}:${context ? await documentKey(segment.documentId, context.id) : "none"}`;
    const load = async () => {
      const pairs = context ? await versionPairs(segment.documentId, context.id) : [];
      const rest = pairs.filter((p) => p.segmentId !== segment.id);
      return [...rest, { segmentId: segment.id, en: segment.text, zh: rendering.text }];
    };
    links = (await alignPairs(key, load)).get(segment.id) ?? [];
  }
  return { segmentId: segment.id, versionId: options.version, links };
}
