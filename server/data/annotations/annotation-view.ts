/** The annotation as the API and the reader see it, and the query shape that produces it. */
import type { AnnotationView } from "@/lib/annotations/types";
import type { Prisma } from "../../generated/prisma/client";

export type { AnnotationView };

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  document: { select: { slug: true } },
  class: { select: { id: true, name: true } },
  targets: { include: { translation: { select: { versionId: true } } }, orderBy: { id: "asc" } },
  replies: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } },
} satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

export function toAnnotationView(row: AnnotationRow, viewerId: string | null | undefined): AnnotationView {
  return {
    id: row.id,
    document: row.document.slug,
    author: row.author,
    mine: row.authorId === viewerId,
    visibility: row.visibility,
    class: row.class,
    motivation: row.motivation,
    color: row.color,
    body: row.body,
    bodyText: row.bodyText,
    tags: row.tags,
    hidden: row.hidden,
    orphan: row.orphan,
    answered: row.answeredAt !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    targets: row.targets.map((t) => ({
      segmentId: t.segmentId,
      language: t.language,
      versionId: t.translation?.versionId ?? null,
      selector: { exact: t.exact, prefix: t.prefix, suffix: t.suffix, start: t.start, end: t.end },
    })),
    replies: row.replies.map((r) => ({
      id: r.id,
      author: r.author,
      mine: r.authorId === viewerId,
      body: r.body,
      bodyText: r.bodyText,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
