import "server-only";
import { getDb } from "../../db";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { requireScope } from "./require-scope";
import { byReadingOrder, toTranslationView, translationInclude, type TranslationView } from "./translation-view";
import { visibleTranslationsWhere } from "./visibility";

/**
 * Every rendering of one sentence the caller may see: published versions first, then proposals,
 * each marked adopted or not for `scope` ("document", or a class the caller belongs to: 404 otherwise).
 */
export async function listSegmentTranslations(options: {
  userId: string | null;
  segmentId: string;
  scope?: string;
}): Promise<TranslationView[]> {
  await getSegmentOrThrow(options);
  if (options.scope !== undefined) await requireScope({ userId: options.userId, scope: options.scope });
  const rows = await getDb().translation.findMany({
    where: { segmentId: options.segmentId, ...visibleTranslationsWhere(options.userId) },
    include: translationInclude,
  });
  return rows.sort(byReadingOrder).map((row) => toTranslationView(row, options.userId, options.scope));
}
