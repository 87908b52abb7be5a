import "server-only";
import { getDb } from "../../db";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { byReadingOrder, toTranslationView, translationInclude, type TranslationView } from "./translation-view";
import { visibleTranslationsWhere } from "./visibility";

/** Every rendering of one sentence the caller may see: published versions first, then proposals. */
export async function listSegmentTranslations(options: { userId: string | null; segmentId: string; scope?: string }): Promise<TranslationView[]> {
  await getSegmentOrThrow(options);
  const rows = await getDb().translation.findMany({
    where: { segmentId: options.segmentId, ...visibleTranslationsWhere(options.userId) },
    include: translationInclude,
  });
  return rows.sort(byReadingOrder).map((row) => toTranslationView(row, options.userId, options.scope));
}
