/**
 * Stores a new annotation in one SQL statement, one round trip, one implicit transaction:
 *
 * - authorisation, checked again here on the rows of record whatever the caller read before: the
 *   document is visible to the author (documents/visibility.ts, as SQL), for a class note the
 *   author is a member of the class, and the note's audience may read the document (a class: public
 *   and published, or that class's own class-only text; everyone: not a class-only text;
 *   audienceFits, as SQL);
 * - each target's segment still belongs to the document and its text (or the published
 *   translation's) is still at the revision the selector was checked against in JavaScript, so a
 *   cached text that has since been edited stores nothing (the caller re-reads and checks again).
 *   The revision is enough, and spares sending the text: every change of a text takes the next
 *   revision, one edit at a time (documents/update-segment-text.ts, the seed);
 * - with an Idempotency-Key, the key's record is inserted first (ON CONFLICT DO NOTHING) and the
 *   annotation only if that insert happened: a concurrent request with the same key waits on the
 *   key's unique index until the first commits, then stores nothing;
 * - the annotation, its targets and the LiveEvent row.
 *
 * Data-modifying CTEs all run to completion whether or not the final SELECT reads them, and all see
 * one snapshot. Timestamps are the database's clock (UTC, milliseconds, as Prisma stores them), and
 * the stored idempotent answer is the caller's template completed with them and the names read here.
 * The NOTIFY is sent after commit (live-events/notify-after-commit.ts): inside the transaction it would take
 * PostgreSQL's global notify lock at commit and make every note's commit wait for the previous one.
 */
import "server-only";
import { getPool } from "../../db";
import { isClassMemberSql } from "../classes/membership";
import { audienceFitsSql, documentReadableSql } from "../documents/visibility";
import type { TargetRow } from "./resolve-targets";

const SQL = `
WITH clock AS (
  SELECT date_trunc('milliseconds', now() AT TIME ZONE 'UTC') AS ts
), allowed AS (
  SELECT
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = $1 AND ${documentReadableSql("d", "$2")}) AS visible,
    ($4::text IS NULL OR ${isClassMemberSql("$4", "$2")}) AS member,
    -- The note's audience may read the document (audienceFits): no class notes on a private import or a draft,
    -- and on a class-only text only private notes or notes for its class.
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = $1 AND ${audienceFitsSql("d", '$5::"AnnotationVisibility"', "$4")}) AS "classReadable",
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = $1 AND d.visibility = 'class') AS "classOnly"
), wanted AS (
  SELECT * FROM jsonb_to_recordset($10::jsonb) AS t(
    id text, "segmentId" text, language text, "translationId" text, "versionId" text,
    exact text, prefix text, suffix text, start int, "end" int, "textRevision" int)
), current AS (
  -- Scalar subqueries, so each is a lookup by id: as joins, the generic plan may hash or scan
  -- whole tables (it takes jsonb_to_recordset for 100 rows).
  SELECT w.* FROM wanted w
  WHERE w."textRevision" = CASE WHEN w."translationId" IS NULL
    THEN (SELECT revision FROM "Segment" WHERE id = w."segmentId" AND "documentId" = $1)
    ELSE (SELECT tr.revision FROM "Translation" tr JOIN "Segment" s ON s.id = tr."segmentId"
          WHERE tr.id = w."translationId" AND tr."versionId" = w."versionId" AND tr.kind = 'published' AND s.id = w."segmentId" AND s."documentId" = $1) END
), ready AS (
  SELECT a.visible AND a.member AND a."classReadable" AND (SELECT count(*) FROM current) = (SELECT count(*) FROM wanted) AS ok FROM allowed a
), names AS (
  SELECT (SELECT name FROM "User" WHERE id = $2) AS author, (SELECT name FROM "Class" WHERE id = $4) AS class
), stamp AS (
  SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso FROM clock
), answer AS (
  SELECT $13::jsonb || jsonb_build_object(
    'author', jsonb_build_object('id', $2::text, 'name', names.author),
    'class', CASE WHEN $4::text IS NULL THEN 'null'::jsonb ELSE jsonb_build_object('id', $4::text, 'name', names.class) END,
    'createdAt', stamp.iso, 'updatedAt', stamp.iso) AS body
  FROM names, stamp
), keyed AS (
  INSERT INTO "IdempotencyKey" ("userId", key, "requestHash", status, response, "createdAt")
  SELECT $2, $11, $12, 201, answer.body, clock.ts FROM answer, clock, ready
  WHERE $11::text IS NOT NULL AND ready.ok
  ON CONFLICT ("userId", key) DO NOTHING
  RETURNING 1
), note AS (
  INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, "classId", motivation, color, body, "bodyText", tags, "createdAt", "updatedAt")
  SELECT $3, $1, $2, $5::"AnnotationVisibility", $4, $6::"Motivation", $7, $8::jsonb, $9, $14::text[], clock.ts, clock.ts
  FROM clock, ready
  WHERE ready.ok AND ($11::text IS NULL OR EXISTS (SELECT 1 FROM keyed))
  RETURNING id
), targets AS (
  INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, "translationId", exact, prefix, suffix, start, "end", "textRevision")
  SELECT c.id, note.id, c."segmentId", c.language, c."translationId", c.exact, c.prefix, c.suffix, c.start, c."end", c."textRevision"
  FROM current c, note
), event AS (
  INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", payload, "createdAt")
  SELECT $1, 'annotation.created', note.id, '{}'::jsonb, clock.ts FROM note, clock
  RETURNING id
)
SELECT allowed.visible, allowed.member, allowed."classReadable", allowed."classOnly", ready.ok AS ready, (SELECT id::text FROM event) AS "eventId",
       names.author AS "authorName", names.class AS "className", stamp.iso AS "createdAt"
FROM allowed, ready, names, stamp`;

export interface InsertAnnotationInput {
  id: string;
  documentId: string;
  authorId: string;
  visibility: string;
  classId: string | null;
  motivation: string;
  color: string;
  body: unknown;
  bodyText: string;
  tags: string[];
  targets: (TargetRow & { id: string })[];
  idempotency: { key: string; hash: string } | null;
  /** The answer without author, class and timestamps, which the statement fills in. */
  answer: Record<string, unknown>;
}

export interface InsertAnnotationOutcome {
  visible: boolean;
  member: boolean;
  /** The note's audience may read the document (documents/visibility.ts audienceFits). */
  classReadable: boolean;
  /** The document is class-only (which refusal to give when the audience does not fit). */
  classOnly: boolean;
  /** Every check passed; `eventId` is null only when the Idempotency-Key was already taken. */
  ready: boolean;
  eventId: string | null;
  /** What the statement completed the stored answer with (returned as columns: cheaper than JSON). */
  authorName: string;
  className: string | null;
  createdAt: string;
}

export async function insertAnnotation(input: InsertAnnotationInput): Promise<InsertAnnotationOutcome> {
  const targets = input.targets.map((t) => ({
    id: t.id,
    segmentId: t.segmentId,
    language: t.language,
    translationId: t.translationId,
    versionId: t.versionId,
    exact: t.exact,
    prefix: t.prefix,
    suffix: t.suffix,
    start: t.start,
    end: t.end,
    textRevision: t.textRevision,
  }));
  const result = await getPool().query<InsertAnnotationOutcome>({
    // Named: each pooled connection parses and plans it once.
    name: "interleaf-insert-annotation",
    text: SQL,
    values: [
      input.documentId,
      input.authorId,
      input.id,
      input.classId,
      input.visibility,
      input.motivation,
      input.color,
      input.body === null ? null : JSON.stringify(input.body),
      input.bodyText,
      JSON.stringify(targets),
      input.idempotency?.key ?? null,
      input.idempotency?.hash ?? null,
      // Only the Idempotency-Key's record keeps the answer.
      input.idempotency ? JSON.stringify(input.answer) : null,
      input.tags,
    ],
  });
  return result.rows[0]!;
}
