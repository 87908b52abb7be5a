/**
 * A generated document for the reader benchmark: 1,000 sentences in 100 paragraphs with a
 * translation each, and 10,000 public notes spread over them, written straight to the database.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";

const WORDS = "students read the letter closely and compare every sentence with its translations before class".split(" ");
const HAN = "學生們仔細閱讀這封信並比較每一句的譯文以便在課堂上討論".split("");

// A new slug each run: the reader page is cached on disk by `next start` (.next) across runs, and a
// page cached by an earlier run names that run's sentence ids, which no note of this run points at.
export const BIG_SLUG = `bench-big-document-${Date.now().toString(36)}`;

function sentence(i: number): string {
  const words = Array.from({ length: 12 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]!);
  return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())} ${i}.`;
}
const translation = (i: number) => `${Array.from({ length: 18 + (i % 11) }, (_, k) => HAN[(i * 5 + k) % HAN.length]).join("")}${i}。`;

export async function createBigDocument(databaseUrl: string, authorId: string, sentences = 1000, notes = 10_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`DELETE FROM "Document" WHERE slug = $1`, [BIG_SLUG]);
    const documentId = randomUUID();
    await client.query(
      `INSERT INTO "Document" (id, slug, title, language, source, provenance, licence, visibility, "publishedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, 'Benchmark: a long letter', 'en', 'generated', 'generated for npm run bench', 'none', 'public', now(), now(), now())`,
      [documentId, BIG_SLUG],
    );
    const versionId = randomUUID();
    await client.query(
      `INSERT INTO "Version" (id, "documentId", name, language, kind, attribution, position) VALUES ($1, $2, 'Generated', 'zh-Hant', 'import', 'generated', 0)`,
      [versionId, documentId],
    );
    const segmentIds: string[] = [];
    for (let start = 0; start < sentences; start += 500) {
      const rows = Array.from({ length: Math.min(500, sentences - start) }, (_, k) => start + k);
      const ids = rows.map(() => randomUUID());
      segmentIds.push(...ids);
      await client.query(
        `INSERT INTO "Segment" (id, "documentId", index, paragraph, kind, text) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::"SegmentKind"[], $6::text[])`,
        [ids, rows.map(() => documentId), rows, rows.map((i) => Math.floor(i / 10)), rows.map(() => "sentence"), rows.map(sentence)],
      );
      await client.query(
        `INSERT INTO "Translation" (id, "segmentId", "versionId", kind, language, text, "updatedAt") SELECT gen_random_uuid()::text, s, $2, 'published', 'zh-Hant', t, now() FROM unnest($1::text[], $3::text[]) AS u(s, t)`,
        [ids, versionId, rows.map(translation)],
      );
    }
    for (let start = 0; start < notes; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, notes - start) }, (_, k) => start + k);
      const ids = rows.map(() => randomUUID());
      await client.query(
        `INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, motivation, color, "bodyText", "updatedAt")
         SELECT a, $2, $3, 'public', 'commenting', (ARRAY['yellow','green','blue','pink','purple'])[1 + (n % 5)], 'Note ' || n, now()
         FROM unnest($1::text[], $4::int[]) AS u(a, n)`,
        [ids, documentId, authorId, rows],
      );
      const segmentIndexes = rows.map((n) => n % sentences);
      await client.query(
        `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, exact, prefix, suffix, start, "end")
         SELECT gen_random_uuid()::text, a, s, 'en', substr(t, 1, 5), '', substr(t, 6, 32), 0, 5
         FROM unnest($1::text[], $2::text[], $3::text[]) AS u(a, s, t)`,
        [ids, segmentIndexes.map((i) => segmentIds[i]!), segmentIndexes.map(sentence)],
      );
    }
    await client.query("COMMIT");
    // What PostgreSQL's manual asks after a bulk load, and what autovacuum would do within a minute:
    // without it the planner still believes the new document has no notes, and plans the first
    // screen's notes as a probe of all 10,000 (about 250 ms against 40; BENCHMARKS.md).
    await client.query(`ANALYZE "Document", "Segment", "Translation", "Annotation", "AnnotationTarget"`);
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
