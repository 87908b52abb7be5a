/**
 * The notes of a list, read by id in one statement.
 *
 * Prisma reads `annotationInclude` as ten queries one after another (the notes, then each
 * relation and the authors' classes), half or more of a page's time in the data layer
 * (BENCHMARKS.md, "A page of notes in two statements"). Which notes a reader may see is still
 * decided by Prisma's where (visibility.ts, the one rule); this reads the chosen ones, each as one
 * JSON object with the fields `annotationInclude` selects, so toAnnotationView makes the same view
 * from either. The version of a target's translation is a subquery, not a join: with a table's
 * statistics not yet gathered (just after an import) the join was planned as a scan per note.
 */
import "server-only";
import { TEACHER_ROLE } from "@/lib/classes/roles";
import { getPool } from "../../db";
import type { DocumentAccess } from "../documents/visibility";
import type { AnnotationSource } from "./annotation-view";

/** The classes a user teaches (a teacher's notes are badged in their class). */
const teaching = (user: string) =>
  `ARRAY(SELECT json_build_object('classId', m."classId") FROM "Membership" m WHERE m."userId" = ${user}.id AND m.role = '${TEACHER_ROLE}')`;

/**
 * The statement, named `name`: the note's document as `document` (fields of `d`), and `extra`
 * fields of the note beside those `annotationInclude` selects.
 */
const noteStatement = (name: string, document: string, extra = "") => ({
  name,
  text: `SELECT json_build_object(${extra}
  'id', a.id, 'authorId', a."authorId", 'visibility', a.visibility, 'classId', a."classId", 'motivation', a.motivation,
  'color', a.color, 'body', a.body, 'bodyText', a."bodyText", 'tags', a.tags, 'hidden', a.hidden, 'orphan', a.orphan,
  'answeredAt', a."answeredAt", 'version', a.version, 'createdAt', a."createdAt", 'updatedAt', a."updatedAt",
  'document', json_build_object(${document}),
  'author', json_build_object('id', u.id, 'name', u.name, 'memberships', ${teaching("u")}),
  'class', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END,
  'targets', ARRAY(
    SELECT json_build_object('segmentId', t."segmentId", 'language', t.language, 'exact', t.exact, 'prefix', t.prefix,
      'suffix', t.suffix, 'start', t.start, 'end', t."end",
      'translation', CASE WHEN t."translationId" IS NULL THEN NULL
        ELSE json_build_object('versionId', (SELECT tr."versionId" FROM "Translation" tr WHERE tr.id = t."translationId")) END)
    FROM "AnnotationTarget" t WHERE t."annotationId" = a.id ORDER BY t.id),
  'replies', ARRAY(
    SELECT json_build_object('id', r.id, 'authorId', r."authorId", 'body', r.body, 'bodyText', r."bodyText",
      'createdAt', r."createdAt", 'author', json_build_object('id', ru.id, 'name', ru.name, 'memberships', ${teaching("ru")}))
    FROM "Reply" r JOIN "User" ru ON ru.id = r."authorId"
    WHERE r."annotationId" = a.id AND r."deletedAt" IS NULL ORDER BY r."createdAt", r.id)
) AS note
FROM unnest($1::text[]) WITH ORDINALITY AS k(id, n)
JOIN "Annotation" a ON a.id = k.id
JOIN "User" u ON u.id = a."authorId"
JOIN "Document" d ON d.id = a."documentId"
LEFT JOIN "Class" c ON c.id = a."classId"
ORDER BY k.n`,
});

const READ_ANNOTATION_ROWS = noteStatement("interleaf-read-annotation-rows", `'slug', d.slug`);
/** For a live event: the note deleted or not, and who may read its document (DocumentAccess). */
const READ_NOTE_FACTS = noteStatement(
  "interleaf-read-note-facts",
  `'slug', d.slug, 'visibility', d.visibility, 'publishedAt', d."publishedAt", 'ownerId', d."ownerId", 'classId', d."classId"`,
  ` 'deletedAt', a."deletedAt",`,
);

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
type NoteJson = Omit<Json<AnnotationSource>, "replies"> & { replies: Json<AnnotationSource["replies"][number]>[] };

// The columns are timestamps without a zone, holding UTC (as Prisma writes them); JSON gives them without the zone.
const utc = (timestamp: string) => new Date(`${timestamp}Z`);

const fromJson = (note: NoteJson): AnnotationSource => ({
  ...note,
  answeredAt: note.answeredAt === null ? null : utc(note.answeredAt),
  createdAt: utc(note.createdAt),
  updatedAt: utc(note.updatedAt),
  replies: note.replies.map((reply) => ({ ...reply, createdAt: utc(reply.createdAt) })),
});

/** The notes with these ids, in the order given (an id with no note is left out). */
export async function readAnnotationRows(ids: string[]): Promise<AnnotationSource[]> {
  if (ids.length === 0) return [];
  const { rows } = await getPool().query<{ note: NoteJson }>({ ...READ_ANNOTATION_ROWS, values: [ids] });
  return rows.map(({ note }) => fromJson(note));
}

/** A note as a live event's readers are decided on: deleted or not, with its document's access. */
export type NoteFacts = AnnotationSource & { deletedAt: Date | null; document: { slug: string } & DocumentAccess };
type NoteFactsJson = NoteJson & { deletedAt: string | null; document: Json<NoteFacts["document"]> };

/**
 * The notes with these ids as live events are decided on (authorise-live-event.ts), in one
 * statement: read with Prisma's include, a batch of events was ten queries, each compiled on the
 * server thread that also writes a school's streams (BENCHMARKS.md, "The school's floor").
 */
export async function readNoteFacts(ids: string[]): Promise<NoteFacts[]> {
  if (ids.length === 0) return [];
  const { rows } = await getPool().query<{ note: NoteFactsJson }>({ ...READ_NOTE_FACTS, values: [ids] });
  return rows.map(({ note }) => ({
    ...fromJson(note),
    deletedAt: note.deletedAt === null ? null : utc(note.deletedAt),
    document: { ...note.document, publishedAt: note.document.publishedAt === null ? null : utc(note.document.publishedAt) },
  }));
}
