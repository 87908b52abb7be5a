/**
 * `db.createAnnotation.ratioToRawPg`: the data-layer create function called directly (no HTTP),
 * 10 at a time, against a bare `pg` INSERT of the same annotation row, on the same database.
 * Run by bench/run.ts as `node --conditions=react-server --import tsx bench/db-create.ts <userId>
 * <count> <rounds>` (the condition lets `server-only` modules load outside Next). Prints one JSON
 * line: the medians over the rounds, each round timing both back to back.
 *
 * The write limits stay on (unless WRITE_LIMITS=off is passed in): the notes come from a class of
 * writers, each within the hourly rate, as a class writes, not from one account past every limit.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { median } from "./lib/stats";
import { createAnnotationSchema } from "../lib/validation/annotation";
import { WRITE_RATES } from "../lib/limits";
import { createAnnotation } from "../server/data/annotations/create-annotation";
import { describeSpan } from "../lib/anchoring/text-quote";
import { letterSegments, segmentId } from "../prisma/seed/openai-letter";

const [userId, countArg, roundsArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const rounds = Number(roundsArg ?? 5);
const CONCURRENCY = 10;
const url = process.env.DATABASE_URL!;

const s09 = letterSegments.find((s) => s.key === "s09")!.text;
const input = createAnnotationSchema.parse({
  document: "openai-letter-2023",
  target: { segmentId: segmentId("s09"), language: "en", selector: describeSpan(s09, 5, 13) },
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "benchmark note" }] }] },
  visibility: "private",
});

async function timed(work: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < count) await work();
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const pool = new pg.Pool({ connectionString: url, max: CONCURRENCY });

// Fresh writers, enough that none passes the notes' hourly rate (nor so the quota) in the whole run.
const writerCount = Math.ceil((count * (rounds + 1)) / (WRITE_RATES.notes.max - 1));
const run = randomUUID().slice(0, 8);
const writers = Array.from({ length: writerCount }, (_, i) => `bench-writer-${run}-${i}`);
await pool.query(
  `INSERT INTO "User" (id, email, name) SELECT w, w || '@bench.invalid', 'Writer ' || ord FROM unnest($1::text[]) WITH ORDINALITY AS t(w, ord) ON CONFLICT DO NOTHING`,
  [writers],
);
let written = 0;
const nextWriter = () => writers[written++ % writers.length]!;
const rawInsert = () =>
  pool.query(
    `INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, motivation, color, body, "bodyText", tags, "updatedAt")
     VALUES ($1, 'openai-letter-2023', $2, 'private', 'commenting', 'yellow', $3, 'benchmark note', '{}', now()) RETURNING id`,
    [randomUUID(), userId, JSON.stringify(input.body)],
  );

// Warm both paths, then alternate so neither gets a quieter machine; the background work one
// leaves behind (WAL, autovacuum) falls on both alike.
await timed(() => createAnnotation({ userId: nextWriter(), input }));
await timed(rawInsert);
const dataLayer: number[] = [];
const raw: number[] = [];
for (let round = 0; round < rounds; round++) {
  dataLayer.push(await timed(() => createAnnotation({ userId: nextWriter(), input })));
  raw.push(await timed(rawInsert));
}
await pool.end();
console.log(
  JSON.stringify({
    dataLayerOpsPerSec: median(dataLayer),
    rawPgOpsPerSec: median(raw),
    ratio: median(dataLayer.map((d, i) => d / raw[i]!)),
  }),
);
process.exit(0);
