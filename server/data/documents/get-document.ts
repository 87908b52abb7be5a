import "server-only";
import { sentenceNumbers } from "@/lib/documents/sentence-numbers";
import type { DocumentView, SegmentView, VersionView } from "@/lib/documents/types";
import { isStorableText } from "@/lib/validation/text";
import { getDb } from "../../db";
import { documentPath } from "./document-url";
import { canReadDocument, isClassOnly, visibleDocumentsWhere, type Viewer } from "./visibility";

export type { DocumentView, SegmentView, VersionView };

/** The whole document with its published translations, or null when the viewer may not see it. */
export async function getDocument(options: Viewer & { slug: string }): Promise<DocumentView | null> {
  if (!isStorableText(options.slug)) return null; // no document has such a slug, and the database would refuse the query
  const document = await getDb().document.findFirst({
    where: { slug: options.slug, ...visibleDocumentsWhere(options) },
    include: {
      class: { select: { id: true, name: true } },
      versions: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      segments: {
        orderBy: { index: "asc" },
        include: { translations: { where: { kind: "published" }, select: { versionId: true, text: true } } },
      },
    },
  });
  if (!document) return null;

  const numbers = sentenceNumbers(document.segments);
  const segments: SegmentView[] = document.segments.map((s, i) => ({
    id: s.id,
    index: s.index,
    number: numbers[i] ?? null,
    paragraph: s.paragraph,
    kind: s.kind,
    text: s.text,
    revision: s.revision,
    translations: Object.fromEntries(s.translations.flatMap((t) => (t.versionId ? [[t.versionId, t.text]] : []))),
  }));
  const versions: VersionView[] = document.versions.map((v) => {
    const translatedCount = segments.filter((s) => v.id in s.translations).length;
    return {
      id: v.id,
      name: v.name,
      language: v.language,
      kind: v.kind,
      attribution: v.attribution,
      complete: translatedCount === segments.length,
      translatedCount,
    };
  });

  return {
    slug: document.slug,
    title: document.title,
    url: documentPath(document.slug),
    language: document.language,
    source: document.source,
    sourceUrl: document.sourceUrl,
    publishedOn: document.publishedOn?.toISOString().slice(0, 10) ?? null,
    provenance: document.provenance,
    licence: document.licence,
    classReadable: canReadDocument(null, document) || (isClassOnly(document) && document.class !== null),
    classOnly: isClassOnly(document) ? document.class : null,
    versions,
    segments,
  };
}
