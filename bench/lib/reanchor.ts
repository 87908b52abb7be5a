/**
 * Issue 19's re-anchoring figure: the owner edits a sentence that carries 1,000 notes, with quotes
 * of 1 to 500 characters, and every note is re-anchored in the edit's one transaction. The
 * document is written straight to the database (owned by `ownerId`); the edit goes through
 * `PATCH /api/segments/{id}` as the owner's browser sends it, and is timed from request to answer.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describeSpan } from "../../lib/anchoring/text-quote";
import type { HttpUser } from "../../tests/support/http-user";

const WORDS = "the board said it would read every note again before the meeting and answer each question in writing".split(" ");

/** A sentence of about `length` characters, the same each run. */
function longSentence(length: number): string {
  const words: string[] = [];
  for (let i = 0; words.join(" ").length < length; i++) words.push(WORDS[(i * 7) % WORDS.length]!);
  return `${words.join(" ")}.`;
}

export async function createReanchorDocument(
  databaseUrl: string,
  ownerId: string,
  notes: number,
): Promise<{ segmentId: string; text: string }> {
  const text = longSentence(1_200);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const documentId = randomUUID();
    await client.query(
      `INSERT INTO "Document" (id, slug, title, language, source, provenance, licence, visibility, "publishedAt", "ownerId", "createdAt", "updatedAt")
       VALUES ($1, $2, 'Benchmark: one sentence, many notes', 'en', 'generated', 'generated for npm run bench', 'none', 'private', now(), $3, now(), now())`,
      [documentId, `bench-reanchor-${Date.now().toString(36)}`, ownerId],
    );
    const segmentId = randomUUID();
    await client.query(`INSERT INTO "Segment" (id, "documentId", index, paragraph, kind, text) VALUES ($1, $2, 0, 0, 'sentence', $3)`, [
      segmentId,
      documentId,
      text,
    ]);
    const ids = Array.from({ length: notes }, () => randomUUID());
    // Quotes from 1 to 500 characters, starting all over the sentence.
    const selectors = ids.map((_, n) => {
      const length = 1 + ((n * 131) % 500);
      const start = (n * 37) % (text.length - length);
      return describeSpan(text, start, start + length);
    });
    await client.query(
      `INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, motivation, color, "bodyText", "updatedAt")
       SELECT a, $2, $3, 'private', 'commenting', 'yellow', 'Note ' || n, now() FROM unnest($1::text[], $4::int[]) AS u(a, n)`,
      [ids, documentId, ownerId, ids.map((_, n) => n)],
    );
    await client.query(
      `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, exact, prefix, suffix, start, "end")
       SELECT gen_random_uuid()::text, a, $2, 'en', e, p, s, b, f FROM unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[]) AS u(a, e, p, s, b, f)`,
      [
        ids,
        segmentId,
        selectors.map((s) => s.exact),
        selectors.map((s) => s.prefix),
        selectors.map((s) => s.suffix),
        selectors.map((s) => s.start),
        selectors.map((s) => s.end),
      ],
    );
    await client.query("COMMIT");
    return { segmentId, text };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

/** One edit of the sentence, timed; every note must find its words again (none orphaned), or the figure would measure something else. */
export async function timeReanchor(owner: HttpUser, segmentId: string, text: string, notes: number): Promise<number> {
  const started = performance.now();
  const response = await owner.send("PATCH", `/api/segments/${segmentId}`, { text });
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`edit: ${response.status} ${await response.text()}`);
  const { reanchored } = (await response.json()) as { reanchored: { exact: number; moved: number; fuzzy: number; orphaned: number } };
  const found = reanchored.exact + reanchored.moved + reanchored.fuzzy;
  if (found !== notes || reanchored.orphaned !== 0)
    throw new Error(`re-anchoring found ${found} of ${notes} notes: ${JSON.stringify(reanchored)}`);
  return ms;
}
