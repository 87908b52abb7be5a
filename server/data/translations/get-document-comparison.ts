import "server-only";
import type { SegmentComparison } from "@/lib/translations/types";
import { normalisedDistance } from "@/lib/diff/distance";
import { getDb } from "../../db";
import { getDocument, type DocumentView } from "../documents/get-document";
import { byReadingOrder, toTranslationView, translationInclude } from "./translation-view";
import { visibleTranslationsWhere } from "./visibility";

export type { SegmentComparison };

/** The whole document with every rendering the caller may see, per sentence, for the compare view. */
export async function getDocumentComparison(options: {
  userId: string | null;
  slug: string;
}): Promise<{ document: DocumentView; segments: SegmentComparison[] } | null> {
  const document = await getDocument({ slug: options.slug, userId: options.userId });
  if (!document) return null;
  const rows = await getDb().translation.findMany({
    where: { segment: { document: { slug: options.slug } }, ...visibleTranslationsWhere(options.userId) },
    include: translationInclude,
  });
  const bySegment = new Map<string, typeof rows>();
  for (const row of rows) bySegment.set(row.segmentId, [...(bySegment.get(row.segmentId) ?? []), row]);
  const segments = document.segments.map((segment) => {
    const translations = (bySegment.get(segment.id) ?? []).sort(byReadingOrder).map((r) => toTranslationView(r, options.userId));
    const published = translations.filter((t) => t.kind === "published");
    let divergence = 0;
    for (let i = 0; i < published.length; i++)
      for (let j = i + 1; j < published.length; j++)
        divergence = Math.max(divergence, normalisedDistance(published[i]!.text, published[j]!.text));
    return { segmentId: segment.id, translations, divergence };
  });
  return { document, segments };
}
