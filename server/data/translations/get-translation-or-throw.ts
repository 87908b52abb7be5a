import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { toTranslationView, translationInclude, type TranslationView } from "./translation-view";
import { visibleTranslationsWhere } from "./visibility";

/** One translation the caller may see, or 404 (whether or not it exists). */
export async function getTranslationOrThrow(options: { userId: string | null; id: string }): Promise<TranslationView> {
  const row = await getDb().translation.findFirst({
    where: { id: options.id, ...visibleTranslationsWhere(options.userId) },
    include: translationInclude,
  });
  if (!row) throw notFound("translation_not_found", "This translation");
  return toTranslationView(row, options.userId);
}
