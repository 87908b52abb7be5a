/** The annotation as the API and the reader see it, and the query shape that produces it. */
import type { AnnotationView } from "@/lib/annotations/types";
import type { Prisma } from "../../generated/prisma/client";
import { TEACHER_ROLE } from "@/lib/classes/roles";

export type { AnnotationView };

/** The classes an author teaches, to badge their notes and replies in those classes. */
const authorSelect = {
  select: { id: true, name: true, memberships: { where: { role: TEACHER_ROLE }, select: { classId: true } } },
} as const satisfies Prisma.UserDefaultArgs;

export const annotationInclude = {
  author: authorSelect,
  document: { select: { slug: true } },
  class: { select: { id: true, name: true } },
  targets: { include: { translation: { select: { versionId: true } } }, orderBy: { id: "asc" } },
  replies: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, include: { author: authorSelect } },
} satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

type AuthorRow = { id: string; name: string; memberships: { classId: string }[] };

/**
 * What a view is made from: a row read with `annotationInclude`, or one read by the single
 * statement of read-annotation-rows.ts (the lists), which selects the same fields.
 */
export type AnnotationSource = Pick<
  AnnotationRow,
  | "id"
  | "authorId"
  | "visibility"
  | "classId"
  | "class"
  | "motivation"
  | "color"
  | "body"
  | "bodyText"
  | "tags"
  | "hidden"
  | "orphan"
  | "answeredAt"
  | "version"
  | "createdAt"
  | "updatedAt"
> & {
  document: { slug: string };
  author: AuthorRow;
  targets: Pick<
    AnnotationRow["targets"][number],
    "segmentId" | "language" | "translation" | "exact" | "prefix" | "suffix" | "start" | "end"
  >[];
  replies: (Pick<AnnotationRow["replies"][number], "id" | "authorId" | "body" | "bodyText" | "createdAt"> & { author: AuthorRow })[];
};

/** The author as shown, badged "teacher" on a class note (and replies under it) when they teach that class. */
function authorView(author: AuthorRow, classId: string | null) {
  const teacher = classId !== null && author.memberships.some((m) => m.classId === classId);
  return teacher ? { id: author.id, name: author.name, teacher: true } : { id: author.id, name: author.name };
}

export function toAnnotationView(row: AnnotationSource, viewerId: string | null | undefined): AnnotationView {
  const classId = row.visibility === "class" ? row.classId : null;
  return {
    id: row.id,
    document: row.document.slug,
    author: authorView(row.author, classId),
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
      author: authorView(r.author, classId),
      mine: r.authorId === viewerId,
      body: r.body,
      bodyText: r.bodyText,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
