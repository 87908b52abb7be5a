/**
 * Segment and published-translation texts, cached per instance (bounded), for checking selectors
 * without a query per target. A cached text may be out of date after its owner edits it: the
 * insert compares the revision of every text it was checked against with the row of record, in
 * the same statement, and stores nothing on a difference (insert-annotation.ts); the caller then
 * checks again with `fresh` texts. So the cache can make a write retry, never store an anchor on
 * a wrong text.
 */
import "server-only";
import { BoundedCache } from "../../cache/bounded-cache";
import { getPool } from "../../db";
import type { AnchorTexts, PublishedTranslationText, SegmentText } from "./resolve-targets";

const segments = new BoundedCache<string, SegmentText>({ maxEntries: 20_000 });
const translations = new BoundedCache<string, PublishedTranslationText>({ maxEntries: 20_000 });

export function cachedAnchorTexts(options: { fresh: boolean }): AnchorTexts {
  return {
    async segment(id) {
      const cached = options.fresh ? undefined : segments.get(id);
      if (cached) return cached;
      const { rows } = await getPool().query<SegmentText>({
        name: "interleaf-segment-text",
        text: `SELECT id, "documentId", text, revision FROM "Segment" WHERE id = $1`,
        values: [id],
      });
      const row = rows[0] ?? null;
      if (row) segments.set(id, row);
      else segments.delete(id);
      return row;
    },
    async publishedTranslation(segmentId, versionId) {
      const key = `${segmentId}\u0000${versionId}`;
      const cached = options.fresh ? undefined : translations.get(key);
      if (cached) return cached;
      const { rows } = await getPool().query<PublishedTranslationText>({
        name: "interleaf-published-translation-text",
        text: `SELECT id, "versionId", text, revision, language FROM "Translation" WHERE "segmentId" = $1 AND "versionId" = $2 AND kind = 'published'`,
        values: [segmentId, versionId],
      });
      const row = rows[0] ?? null;
      if (row) translations.set(key, row);
      else translations.delete(key);
      return row;
    },
  };
}
