/**
 * Stores a batch of new annotations in one SQL statement and one commit (group commit: see
 * note-batch.ts for how notes that arrive together are gathered). Every note's checks run inside
 * the statement, on the rows of record, whatever the caller read before, and a note that fails one
 * is simply not stored while the others are:
 *
 * - authorisation: the document is visible to the author (documents/visibility.ts, as SQL), for a
 *   class note the author is a member of the class, and the note's audience may read the document
 *   (a class: public and published, or that class's own class-only text; everyone: not a
 *   class-only text; audienceFits, as SQL);
 * - each target's segment still belongs to the document and its text (or the published
 *   translation's) is still at the revision the selector was checked against in JavaScript, so a
 *   cached text that has since been edited stores nothing (the caller re-reads and checks again).
 *   The revision is enough, and spares sending the text: every change of a text takes the next
 *   revision, one edit at a time (documents/update-segment-text.ts, the seed);
 * - the write limits, when on (limits/write-limits.ts): the author's notes in the rate's window and
 *   on the document, counted here, plus the notes of the same author ahead of this one in the
 *   batch. The function below takes the authors' advisory locks first, so two batches (or
 *   instances) cannot both take the last slot; a stored note records its rate slot here too;
 * - with an Idempotency-Key, the key's record is inserted first (ON CONFLICT DO NOTHING) and the
 *   annotation only if that insert happened: a concurrent request with the same key waits on the
 *   key's unique index until the first commits, then stores nothing. A batch never holds one key twice;
 * - the annotation, its targets and the LiveEvent row.
 *
 * Data-modifying CTEs all run to completion whether or not the final SELECT reads them, and all see
 * one snapshot. Timestamps are the database's clock (UTC, milliseconds, as Prisma stores them), and
 * the stored idempotent answer is the caller's template completed with them and the names read here.
 * The NOTIFY is sent after commit (live-events/notify-after-commit.ts): inside the transaction it would take
 * PostgreSQL's global notify lock at commit and make every note's commit wait for the previous one.
 */
import "server-only";
import { callSqlFunction, sqlFunction } from "../../sql-function";
import { isClassMemberSql } from "../classes/membership";
import { audienceFitsSql, documentReadableSql } from "../documents/visibility";
import type { NoteLimits } from "../limits/write-limits";
import type { TargetRow } from "./resolve-targets";

const SQL = `
WITH clock AS (
  SELECT date_trunc('milliseconds', now() AT TIME ZONE 'UTC') AS ts
), req AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
    n int, id text, "documentId" text, "authorId" text, "classId" text, visibility text, motivation text, color text,
    body jsonb, "bodyText" text, tags text[], targets jsonb, key text, hash text, answer jsonb)
), allowed AS (
  SELECT r.n,
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = r."documentId" AND ${documentReadableSql("d", 'r."authorId"')}) AS visible,
    (r."classId" IS NULL OR ${isClassMemberSql('r."classId"', 'r."authorId"')}) AS member,
    -- The note's audience may read the document (audienceFits): no class notes on a private import or a draft,
    -- and on a class-only text only private notes or notes for its class.
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = r."documentId" AND ${audienceFitsSql("d", "r.visibility", 'r."classId"')}) AS "classReadable",
    EXISTS (SELECT 1 FROM "Document" d WHERE d.id = r."documentId" AND d.visibility = 'class') AS "classOnly"
  FROM req r
), wanted AS (
  SELECT r.n, r.id AS "annotationId", r."documentId", t.* FROM req r, jsonb_to_recordset(r.targets) AS t(
    id text, "segmentId" text, language text, "translationId" text, "versionId" text,
    exact text, prefix text, suffix text, start int, "end" int, "textRevision" int)
), current AS (
  -- Scalar subqueries, so each is a lookup by id: as joins, the generic plan may hash or scan
  -- whole tables (it takes jsonb_to_recordset for 100 rows).
  SELECT w.* FROM wanted w
  WHERE w."textRevision" = CASE WHEN w."translationId" IS NULL
    THEN (SELECT revision FROM "Segment" WHERE id = w."segmentId" AND "documentId" = w."documentId")
    ELSE (SELECT tr.revision FROM "Translation" tr JOIN "Segment" s ON s.id = tr."segmentId"
          WHERE tr.id = w."translationId" AND tr."versionId" = w."versionId" AND tr.kind = 'published'
            AND s.id = w."segmentId" AND s."documentId" = w."documentId") END
), fitting AS (
  -- Every check but the limits passed: ranked per author (the rate) and per author and document (the quota).
  SELECT r.n, r."authorId", r."documentId",
    row_number() OVER (PARTITION BY r."authorId" ORDER BY r.n) AS "rateRank",
    row_number() OVER (PARTITION BY r."authorId", r."documentId" ORDER BY r.n) AS "quotaRank"
  FROM req r JOIN allowed a USING (n)
  WHERE a.visible AND a.member AND a."classReadable"
    AND (SELECT count(*) FROM current c WHERE c.n = r.n) = jsonb_array_length(r.targets)
), rate AS (
  SELECT u."authorId", (SELECT count(*) FROM "RateLimitEvent" e
    WHERE e.bucket = $3 AND e.key = u."authorId" AND e."createdAt" >= clock.ts - make_interval(mins => $4::int)) AS used
  FROM (SELECT DISTINCT "authorId" FROM fitting) u, clock WHERE $2::int IS NOT NULL
), quota AS (
  SELECT q."authorId", q."documentId", (SELECT count(*) FROM "Annotation" x
    WHERE x."authorId" = q."authorId" AND x."documentId" = q."documentId" AND x."deletedAt" IS NULL) AS used
  FROM (SELECT DISTINCT "authorId", "documentId" FROM fitting) q WHERE $5::int IS NOT NULL
), verdict AS (
  SELECT f.n,
    ($2::int IS NULL OR rate.used + f."rateRank" <= $2::int) AS "rateOk",
    ($5::int IS NULL OR quota.used + f."quotaRank" <= $5::int) AS "quotaOk"
  FROM fitting f
  LEFT JOIN rate USING ("authorId")
  LEFT JOIN quota USING ("authorId", "documentId")
), ok AS (
  SELECT r.* FROM req r JOIN verdict v USING (n) WHERE v."rateOk" AND v."quotaOk"
), names AS (
  SELECT r.n, (SELECT name FROM "User" WHERE id = r."authorId") AS author, (SELECT name FROM "Class" WHERE id = r."classId") AS class
  FROM req r
), stamp AS (
  SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso FROM clock
), keyed AS (
  INSERT INTO "IdempotencyKey" ("userId", key, "requestHash", status, response, "createdAt")
  SELECT o."authorId", o.key, o.hash, 201, o.answer || jsonb_build_object(
      'author', jsonb_build_object('id', o."authorId", 'name', names.author),
      'class', CASE WHEN o."classId" IS NULL THEN 'null'::jsonb ELSE jsonb_build_object('id', o."classId", 'name', names.class) END,
      'createdAt', stamp.iso, 'updatedAt', stamp.iso), clock.ts
  FROM ok o JOIN names USING (n), stamp, clock
  WHERE o.key IS NOT NULL
  ON CONFLICT ("userId", key) DO NOTHING
  RETURNING "userId", key
), note AS (
  INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, "classId", motivation, color, body, "bodyText", tags, "createdAt", "updatedAt")
  SELECT o.id, o."documentId", o."authorId", o.visibility::"AnnotationVisibility", o."classId", o.motivation::"Motivation", o.color,
         o.body, o."bodyText", o.tags, clock.ts, clock.ts
  FROM ok o, clock
  WHERE o.key IS NULL OR EXISTS (SELECT 1 FROM keyed k WHERE k."userId" = o."authorId" AND k.key = o.key)
  RETURNING id, "authorId"
), targets AS (
  INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, "translationId", exact, prefix, suffix, start, "end", "textRevision")
  SELECT c.id, note.id, c."segmentId", c.language, c."translationId", c.exact, c.prefix, c.suffix, c.start, c."end", c."textRevision"
  FROM current c JOIN note ON note.id = c."annotationId"
), slots AS (
  INSERT INTO "RateLimitEvent" (bucket, key, "createdAt")
  SELECT $3, note."authorId", clock.ts FROM note, clock WHERE $2::int IS NOT NULL
), event AS (
  INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", payload, "createdAt")
  SELECT o."documentId", 'annotation.created', note.id, '{}'::jsonb, clock.ts FROM note JOIN ok o ON o.id = note.id, clock
  RETURNING id, "annotationId"
)
SELECT a.visible, a.member, a."classReadable", a."classOnly", v.n IS NOT NULL AS ready,
       coalesce(v."rateOk", true) AS "rateOk", coalesce(v."quotaOk", true) AS "quotaOk",
       (SELECT e.id::text FROM event e WHERE e."annotationId" = r.id) AS "eventId",
       names.author AS "authorName", names.class AS "className", stamp.iso AS "createdAt"
FROM req r JOIN allowed a USING (n) JOIN names USING (n) LEFT JOIN verdict v USING (n), stamp
ORDER BY r.n`;

/**
 * The statement wrapped in a function, so a batch is one round trip and one commit even with the
 * limits on: the authors' advisory locks first (in one order, so two batches never wait on each
 * other in a circle), then the statement, whose fresh snapshot counts every slot committed before
 * the locks were granted. The locks are the transaction's, released at its commit.
 */
const INSERT_ANNOTATIONS = sqlFunction(
  "interleaf_insert_annotations",
  "notes jsonb, rate_max int, rate_bucket text, rate_window_minutes int, quota int",
  `TABLE (visible boolean, member boolean, "classReadable" boolean, "classOnly" boolean, ready boolean,
  "rateOk" boolean, "quotaOk" boolean, "eventId" text, "authorName" text, "className" text, "createdAt" text)`,
  `IF $3 IS NOT NULL THEN
  PERFORM pg_advisory_xact_lock(hashtext($3), hashtext(u))
  FROM (SELECT DISTINCT r->>'authorId' AS u FROM jsonb_array_elements($1) AS r ORDER BY u) AS authors;
END IF;
RETURN QUERY ${SQL};`,
);

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
  /** Every check but the write limits passed. */
  ready: boolean;
  /** Within the author's write rate and quota (always, when the limits are off). */
  rateOk: boolean;
  quotaOk: boolean;
  /** Set when the note was stored: null when a check failed or the Idempotency-Key was already taken. */
  eventId: string | null;
  /** What the statement completed the stored answer with (returned as columns: cheaper than JSON). */
  authorName: string;
  className: string | null;
  createdAt: string;
}

/** Stores `notes` in one statement and one commit; the outcomes come back in the order given. */
export async function insertAnnotations(notes: InsertAnnotationInput[], limits: NoteLimits): Promise<InsertAnnotationOutcome[]> {
  const rows = notes.map((note, n) => ({
    n,
    id: note.id,
    documentId: note.documentId,
    authorId: note.authorId,
    classId: note.classId,
    visibility: note.visibility,
    motivation: note.motivation,
    color: note.color,
    body: note.body,
    bodyText: note.bodyText,
    tags: note.tags,
    targets: note.targets.map((t) => ({
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
    })),
    key: note.idempotency?.key ?? null,
    hash: note.idempotency?.hash ?? null,
    // Only the Idempotency-Key's record keeps the answer.
    answer: note.idempotency ? note.answer : null,
  }));
  return callSqlFunction<InsertAnnotationOutcome>(INSERT_ANNOTATIONS, [
    JSON.stringify(rows),
    limits?.rate.max ?? null,
    limits?.rate.bucket ?? null,
    limits?.rate.windowMinutes ?? null,
    limits?.quota ?? null,
  ]);
}
