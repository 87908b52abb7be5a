import "server-only";
import type { SegmentKind, VersionKind } from "../../generated/prisma/enums";
import { isStorableText } from "@/lib/validation/text";
import { getDb } from "../../db";
import { documentPath } from "./document-url";
import { canClassRead, visibleDocumentsWhere, type Viewer } from "./visibility";

export interface VersionView {
  id: string;
  name: string;
  language: string;
  kind: VersionKind;
  attribution: string;
  /** True when every segment has a translation in this version. */
  complete: boolean;
  translatedCount: number;
}

export interface SegmentView {
  id: string;
  index: number;
  paragraph: number;
  kind: SegmentKind;
  text: string;
  revision: number;
  /** versionId -> text; a version that does not cover this segment has no key. */
  translations: Record<string, string>;
}

export interface DocumentView {
  slug: string;
  title: string;
  url: string;
  language: string;
  source: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  provenance: string;
  licence: string;
  /** Whether a class may read it (public and published): notes for a class are offered only then. */
  classReadable: boolean;
  versions: VersionView[];
  segments: SegmentView[];
}

/** The whole document with its published translations, or null when the viewer may not see it. */
export async function getDocument(options: Viewer & { slug: string }): Promise<DocumentView | null> {
  if (!isStorableText(options.slug)) return null; // no document has such a slug, and the database would refuse the query
  const document = await getDb().document.findFirst({
    where: { slug: options.slug, ...visibleDocumentsWhere(options) },
    include: {
      versions: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      segments: {
        orderBy: { index: "asc" },
        include: { translations: { where: { kind: "published" }, select: { versionId: true, text: true } } },
      },
    },
  });
  if (!document) return null;

  const segments: SegmentView[] = document.segments.map((s) => ({
    id: s.id,
    index: s.index,
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
    classReadable: canClassRead(document),
    versions,
    segments,
  };
}
