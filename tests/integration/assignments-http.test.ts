/**
 * The assignment API over HTTP against a running app (issue 16.1): every role × every action
 * (teacher, student, stranger, signed out), 404 for what a caller may not see, zod refusals as
 * 400, the progress rows each role gets, and the gradebook CSV with a student's formula-like name
 * neutralised. Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const DOC = "openai-letter-2023";
let app: AppProcess;
let teacher: HttpUser;
let student: HttpUser;
let stranger: HttpUser;
let anonymous: HttpUser;
let classId = "";
let assignmentId = "";

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "assignments-http-secret-0123456789abcdef" });
  [teacher, student, stranger] = (await Promise.all(["Teacher", "=SUM(1+1)", "Stranger"].map((name) => signUp(app.baseUrl, name)))) as [
    HttpUser,
    HttpUser,
    HttpUser,
  ];
  anonymous = new HttpUser(app.baseUrl);
  const made = (await (await teacher.send("POST", "/api/classes", { name: "Assigned" })).json()) as { id: string; joinCode: string };
  classId = made.id;
  expect((await student.send("POST", "/api/classes/join", { code: made.joinCode })).status).toBe(201);
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

const body = {
  title: "Read the letter",
  document: DOC,
  dueAt: new Date(Date.now() + 86_400_000).toISOString(),
  expectations: { notes: 1 },
  prompts: [{ sentence: 7, text: "Why competence?" }],
  options: { classmatesAfterOwnPost: false, lockAfterDue: true, latePolicy: "refuse" },
};

describe("assignments over HTTP", () => {
  it("lets only the class's teacher set one: 201 teacher, 403 student, 404 stranger, 401 signed out, 400 bad body", async () => {
    const created = await teacher.send("POST", `/api/classes/${classId}/assignments`, body);
    expect(created.status).toBe(201);
    const view = (await created.json()) as { id: string; prompts: { sentence: number }[] };
    assignmentId = view.id;
    expect(view.prompts[0]!.sentence).toBe(7);
    expect((await student.send("POST", `/api/classes/${classId}/assignments`, body)).status).toBe(403);
    expect((await stranger.send("POST", `/api/classes/${classId}/assignments`, body)).status).toBe(404);
    expect((await anonymous.send("POST", `/api/classes/${classId}/assignments`, body)).status).toBe(401);
    const bad = await teacher.send("POST", `/api/classes/${classId}/assignments`, { ...body, dueAt: "tomorrow-ish" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid_fields" });
  });

  it("shows it to members (paged) and answers 404 to others", async () => {
    for (const who of [teacher, student]) {
      const list = await who.fetch(`/api/classes/${classId}/assignments?limit=1`);
      expect(list.status).toBe(200);
      expect(((await list.json()) as { assignments: { id: string }[] }).assignments.map((a) => a.id)).toEqual([assignmentId]);
      expect((await who.fetch(`/api/assignments/${assignmentId}`)).status).toBe(200);
    }
    expect((await stranger.fetch(`/api/classes/${classId}/assignments`)).status).toBe(404);
    expect((await stranger.fetch(`/api/assignments/${assignmentId}`)).status).toBe(404);
    expect((await stranger.fetch(`/api/assignments/${assignmentId}/progress`)).status).toBe(404);
    expect((await teacher.fetch(`/api/classes/${classId}/assignments?limit=0`)).status).toBe(400);
  });

  it("counts a student's class note in their progress; the teacher sees every row, the student their own", async () => {
    const written = await student.send("POST", "/api/annotations", {
      document: DOC,
      target: englishTarget("s07", "competence"),
      visibility: "class",
      classId,
      body: note("Competence"),
    });
    expect(written.status).toBe(201);
    const mine = (await (await student.fetch(`/api/assignments/${assignmentId}/progress`)).json()) as { students: unknown[] };
    expect(mine.students).toEqual([expect.objectContaining({ userId: student.id, notes: 1, done: true, late: false, status: "done" })]);
    const all = (await (await teacher.fetch(`/api/assignments/${assignmentId}/progress`)).json()) as { students: { userId: string }[] };
    expect(all.students.map((s) => s.userId)).toEqual([student.id]);
  });

  it("exports the gradebook to the teacher only, with the formula-like name neutralised", async () => {
    const csv = await teacher.fetch(`/api/assignments/${assignmentId}/gradebook.csv?notes=3&late=0.5`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("'=SUM(1+1),1,0,0,0,0,0,0,0,yes,on time,3\r\n");
    expect((await teacher.fetch(`/api/assignments/${assignmentId}/gradebook.csv?late=2`)).status).toBe(400);
    expect((await student.fetch(`/api/assignments/${assignmentId}/gradebook.csv`)).status).toBe(403);
    expect((await stranger.fetch(`/api/assignments/${assignmentId}/gradebook.csv`)).status).toBe(404);
  });

  it("lets only the teacher change and delete it", async () => {
    expect((await student.send("PATCH", `/api/assignments/${assignmentId}`, { title: "Mine now" })).status).toBe(403);
    expect((await stranger.send("PATCH", `/api/assignments/${assignmentId}`, { title: "Mine now" })).status).toBe(404);
    const patched = await teacher.send("PATCH", `/api/assignments/${assignmentId}`, { title: "Renamed" });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ title: "Renamed" });
    expect((await student.send("DELETE", `/api/assignments/${assignmentId}`)).status).toBe(403);
    expect((await stranger.send("DELETE", `/api/assignments/${assignmentId}`)).status).toBe(404);
    expect((await teacher.send("DELETE", `/api/assignments/${assignmentId}`)).status).toBe(204);
    expect((await teacher.fetch(`/api/assignments/${assignmentId}`)).status).toBe(404);
  });
});
