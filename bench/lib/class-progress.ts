/**
 * The teacher's progress table at the scale of issue 16: a class of 200 students with 20 class
 * notes each on the letter (4,000 notes, written straight to the database), and an assignment
 * on it; the teacher asks for GET /api/assignments/{id}/progress again and again, one at a time.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { HttpUser } from "../../tests/support/http-user";
import { percentile } from "./stats";

export async function seedClassWork(
  databaseUrl: string,
  teacher: HttpUser,
  students = 200,
  notesEach = 20,
): Promise<{ assignmentId: string }> {
  const made = await teacher.send("POST", "/api/classes", { name: "Benchmark class" });
  if (made.status !== 201) throw new Error(`create class: ${made.status} ${await made.text()}`);
  const { id: classId } = (await made.json()) as { id: string };
  const set = await teacher.send("POST", `/api/classes/${classId}/assignments`, {
    title: "Read the letter",
    document: "openai-letter-2023",
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    expectations: { notes: notesEach, replies: 2 },
  });
  if (set.status !== 201) throw new Error(`create assignment: ${set.status} ${await set.text()}`);
  const { id: assignmentId } = (await set.json()) as { id: string };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const userIds = Array.from({ length: students }, () => randomUUID());
    await client.query(
      `INSERT INTO "User" (id, email, name) SELECT u, 'bench-student-' || u || '@example.test', 'Student ' || n FROM unnest($1::text[]) WITH ORDINALITY AS x(u, n)`,
      [userIds],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "classId", "userId", role) SELECT gen_random_uuid()::text, $2, u, 'student' FROM unnest($1::text[]) AS x(u)`,
      [userIds, classId],
    );
    const { rows: segments } = await client.query<{ id: string; text: string }>(
      `SELECT s.id, s.text FROM "Segment" s JOIN "Document" d ON d.id = s."documentId" WHERE d.slug = 'openai-letter-2023' AND s.kind = 'sentence' ORDER BY s.index`,
    );
    const authors = userIds.flatMap((u) => Array.from({ length: notesEach }, () => u));
    const ids = authors.map(() => randomUUID());
    const targets = authors.map((_, i) => segments[i % segments.length]!);
    await client.query(
      `INSERT INTO "Annotation" (id, "documentId", "authorId", visibility, "classId", motivation, color, "bodyText", "updatedAt")
       SELECT a, (SELECT id FROM "Document" WHERE slug = 'openai-letter-2023'), u, 'class', $3, 'commenting', 'yellow', 'Class note', now()
       FROM unnest($1::text[], $2::text[]) AS x(a, u)`,
      [ids, authors, classId],
    );
    await client.query(
      `INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, exact, prefix, suffix, start, "end")
       SELECT gen_random_uuid()::text, a, s, 'en', substr(t, 1, 5), '', substr(t, 6, 32), 0, 5 FROM unnest($1::text[], $2::text[], $3::text[]) AS x(a, s, t)`,
      [ids, targets.map((s) => s.id), targets.map((s) => s.text)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { assignmentId };
}

/** p95 of the teacher's progress table, asked `times` times one after another (after 5 to warm up). */
export async function progressTableP95(
  teacher: HttpUser,
  assignmentId: string,
  times: number,
): Promise<{ p95Ms: number; students: number }> {
  const ask = async () => {
    const started = performance.now();
    const response = await teacher.fetch(`/api/assignments/${assignmentId}/progress`);
    const body = (await response.json()) as { students?: unknown[] };
    if (response.status !== 200 || !body.students) throw new Error(`progress: ${response.status}`);
    return { ms: performance.now() - started, students: body.students.length };
  };
  for (let i = 0; i < 5; i++) await ask();
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await ask());
  return {
    p95Ms: percentile(
      runs.map((r) => r.ms),
      95,
    ),
    students: runs[0]!.students,
  };
}
