/**
 * Live updates across app instances: two `npm start` processes on one PostgreSQL (same
 * DATABASE_URL and NEXTAUTH_SECRET). A note written through one reaches a class member reading
 * through the other, and nobody else; a reconnect with Last-Event-ID replays it once.
 * Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { readEvents, signUp, type HttpUser } from "../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";
let a: AppProcess;
let b: AppProcess;

beforeAll(async () => {
  const env = { DATABASE_URL: url, NEXTAUTH_SECRET: "two-instance-test-secret-0123456789", DATABASE_POOL_SIZE: "3" };
  [a, b] = await Promise.all([startApp(env), startApp(env)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db.$disconnect();
});

describe("live updates on two app instances", () => {
  let teacherOnB: HttpUser;
  let studentOnA: HttpUser;
  let outsiderOnB: HttpUser;
  let classId: string;

  beforeAll(async () => {
    const teacher = await signUp(a.baseUrl, "Teacher");
    const student = await signUp(a.baseUrl, "Student");
    const outsider = await signUp(b.baseUrl, "Outsider");
    const created = await teacher.send("POST", "/api/classes", { name: "Two instances" });
    const { id, joinCode } = (await created.json()) as { id: string; joinCode: string };
    classId = id;
    expect((await student.on(b.baseUrl).send("POST", "/api/classes/join", { code: joinCode.toLowerCase() })).status).toBe(201);
    teacherOnB = teacher.on(b.baseUrl);
    studentOnA = student;
    outsiderOnB = outsider;
  });

  it("delivers a class note written through instance A to the teacher reading through B, not to an outsider, and resumes without duplicates", async () => {
    let noteId = "";
    const write = async () => {
      const response = await studentOnA.send("POST", "/api/annotations", {
        document: SLUG,
        target: englishTarget("s07", "competence"),
        body: note("Live across instances"),
        visibility: "class",
        classId,
      });
      expect(response.status).toBe(201);
      noteId = ((await response.json()) as { id: string }).id;
    };
    const [teacherStream, outsiderStream] = await Promise.all([
      readEvents(teacherOnB, SLUG, {
        timeoutMs: 10_000,
        onOpen: write,
        until: (events) => events.some((e) => (e.data as { id?: string }).id === noteId),
      }),
      readEvents(outsiderOnB, SLUG, { timeoutMs: 4_000 }),
    ]);
    expect(teacherStream.contentType).toContain("text/event-stream");
    const delivered = teacherStream.events.filter((e) => e.event === "annotation" && (e.data as { id: string }).id === noteId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.data).toMatchObject({ bodyText: "Live across instances", visibility: "class" });
    expect(outsiderStream.events.some((e) => JSON.stringify(e.data).includes(noteId))).toBe(false);

    // Reconnecting from just before the note's event replays it once; from after it, not at all.
    const eventId = BigInt(delivered[0]!.id!);
    const replay = await readEvents(teacherOnB, SLUG, { lastEventId: String(eventId - 1n), timeoutMs: 1_500 });
    expect(replay.events.filter((e) => e.id === String(eventId))).toHaveLength(1);
    const after = await readEvents(teacherOnB, SLUG, { lastEventId: String(eventId), timeoutMs: 1_500 });
    expect(after.events.filter((e) => e.id === String(eventId))).toHaveLength(0);
  });

  it("tells each of several readers on one instance only what they may see, each as their own", async () => {
    // The instance reads each event once for all its readers and decides per reader: a private,
    // a class and a public note, read at the same time by their author, a classmate and an outsider.
    const ids: Record<string, string> = {};
    const writeAll = async () => {
      for (const visibility of ["private", "class", "public"] as const) {
        const response = await studentOnA.send("POST", "/api/annotations", {
          document: SLUG,
          target: englishTarget("s07", "competence"),
          body: note(`Shared fan-out, ${visibility}`),
          visibility,
          ...(visibility === "class" ? { classId } : {}),
        });
        expect(response.status).toBe(201);
        ids[visibility] = ((await response.json()) as { id: string }).id;
      }
    };
    const delivered = (stream: Awaited<ReturnType<typeof readEvents>>) =>
      Object.fromEntries(
        stream.events
          .filter((e) => e.event === "annotation")
          .map((e) => [(e.data as { id: string }).id, (e.data as { mine: boolean }).mine]),
      );
    const hasPublic = (events: { data: unknown }[]) => events.some((e) => (e.data as { id?: string }).id === ids.public);
    let opened = 0;
    const allOpen = async () => {
      if (++opened === 3) await writeAll();
    };
    const read = (who: HttpUser) => readEvents(who, SLUG, { timeoutMs: 10_000, onOpen: allOpen, until: hasPublic });
    const [author, classmate, outsider] = await Promise.all([read(studentOnA.on(b.baseUrl)), read(teacherOnB), read(outsiderOnB)]);
    const of = (seen: Record<string, boolean>) => ({ private: seen[ids.private!], class: seen[ids.class!], public: seen[ids.public!] });
    expect(of(delivered(author))).toEqual({ private: true, class: true, public: true });
    expect(of(delivered(classmate))).toEqual({ private: undefined, class: false, public: false });
    expect(of(delivered(outsider))).toEqual({ private: undefined, class: undefined, public: false });
  });

  it("delivers a vote cast through A to a reader of B as the new tally, once", async () => {
    const translationId = "openai-letter-2023-fluent-s03";
    const vote = async () =>
      expect((await studentOnA.send("POST", `/api/translations/${translationId}/votes`, { value: 1 })).status).toBe(200);
    const stream = await readEvents(outsiderOnB, SLUG, {
      timeoutMs: 10_000,
      onOpen: vote,
      until: (events) => events.some((e) => e.event === "vote" && (e.data as { translationId?: string }).translationId === translationId),
    });
    const votes = stream.events.filter((e) => e.event === "vote" && (e.data as { translationId: string }).translationId === translationId);
    expect(votes).toHaveLength(1);
    expect(votes[0]!.data).toMatchObject({ segmentId: "openai-letter-2023-s03", votes: { up: expect.any(Number), mine: 0 } });
    // Voting the same way again changes nothing, so nothing is announced.
    const quiet = await readEvents(outsiderOnB, SLUG, { timeoutMs: 2_000, onOpen: vote });
    expect(quiet.events.filter((e) => e.event === "vote")).toHaveLength(0);
  });
});
