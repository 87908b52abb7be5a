/**
 * Assignments against the real database (issue 16.1): who may see and change them (a stranger's
 * request answers exactly like a missing assignment), the counting rule (class or public work on
 * the text and range, from the opening; private notes and other texts do not count), late work,
 * the lock after the due date, and "classmates' notes only after posting your own".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { createAssignmentSchema, gradebookQuerySchema, updateAssignmentSchema } from "../../lib/validation/assignments";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { getAnnotationOrThrow } from "../../server/data/annotations/get-annotation";
import { listAnnotations } from "../../server/data/annotations/list-annotations";
import { createAssignment } from "../../server/data/assignments/create-assignment";
import { deleteAssignment } from "../../server/data/assignments/delete-assignment";
import { getAssignmentOrThrow } from "../../server/data/assignments/get-assignment-or-throw";
import { getAssignmentProgress } from "../../server/data/assignments/get-assignment-progress";
import { gradebookRows } from "../../server/data/assignments/gradebook";
import { listClassAssignments } from "../../server/data/assignments/list-class-assignments";
import { listDocumentPrompts } from "../../server/data/assignments/list-document-prompts";
import { listMyAssignments } from "../../server/data/assignments/list-my-assignments";
import { updateAssignment } from "../../server/data/assignments/update-assignment";
import { segmentId } from "../../prisma/seed/openai-letter";
import { createClassWith, createUser, englishTarget, note } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const DOC = "openai-letter-2023";
const HOUR = 3_600_000;
let teacher: { id: string };
let student: { id: string };
let classmate: { id: string };
let stranger: { id: string };
let classId = "";
/** Sentence numbers of s07 and s08, as the reader shows them. */
let s07 = 0;

beforeAll(async () => {
  teacher = await createUser(db, "Teacher");
  student = await createUser(db, "Student");
  classmate = await createUser(db, "Classmate");
  stranger = await createUser(db, "Stranger");
  classId = await createClassWith(db, "Reading 101", teacher, [student, classmate]);
  const segments = await db.segment.findMany({ where: { documentId: DOC }, orderBy: { index: "asc" }, select: { id: true, kind: true } });
  s07 = segments.filter((s) => s.kind === "sentence").findIndex((s) => s.id === segmentId("s07")) + 1;
});

const set = (fields: Record<string, unknown>, userId = teacher.id) =>
  createAssignment({
    userId,
    classId,
    input: createAssignmentSchema.parse({
      title: "Read the letter",
      document: DOC,
      dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      expectations: { notes: 1, replies: 1 },
      ...fields,
    }),
  });
const classNote = (userId: string, key = "s07", words = "competence", visibility = "class") =>
  createAnnotation({
    userId,
    input: createAnnotationSchema.parse({
      document: DOC,
      target: englishTarget(key, words),
      visibility,
      ...(visibility === "class" ? { classId } : {}),
      body: note(`A note by ${userId}`),
    }),
  });
const rowOf = async (assignmentId: string, userId: string, asUser = teacher.id) =>
  (await getAssignmentProgress({ userId: asUser, assignmentId })).students.find((s) => s.userId === userId);

describe("assignments: who may see and change them", () => {
  it("lets the teacher set one with a prompt; members read it; others get 404", async () => {
    const made = await set({ prompts: [{ sentence: s07, text: "What does competence mean here?" }], range: { from: s07, to: s07 } });
    expect(made).toMatchObject({ title: "Read the letter", range: { from: s07, to: s07 }, expectations: { notes: 1, replies: 1 } });
    expect(made.prompts).toEqual([expect.objectContaining({ segmentId: segmentId("s07"), sentence: s07 })]);
    expect((await getAssignmentOrThrow({ userId: student.id, assignmentId: made.id })).role).toBe("student");
    await expect(getAssignmentOrThrow({ userId: stranger.id, assignmentId: made.id })).rejects.toMatchObject({ status: 404 });
    await expect(getAssignmentOrThrow({ userId: stranger.id, assignmentId: "nope" })).rejects.toMatchObject({ status: 404 });
    const listed = await listClassAssignments({ userId: student.id, classId, page: { skip: 0, take: 100 } });
    expect(listed.map((a) => a.id)).toContain(made.id);
    await expect(listClassAssignments({ userId: stranger.id, classId, page: { skip: 0, take: 100 } })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("shows its prompts in the reader to the class's members only", async () => {
    const made = await set({ prompts: [{ sentence: s07, text: "Who signed it?" }] });
    const texts = async (userId: string | null) =>
      (await listDocumentPrompts({ userId, slug: DOC, page: { skip: 0, take: 500 } }))
        .filter((p) => p.assignment.id === made.id)
        .map((p) => p.text);
    expect(await texts(student.id)).toEqual(["Who signed it?"]);
    expect(await texts(teacher.id)).toEqual(["Who signed it?"]);
    expect(await texts(stranger.id)).toEqual([]);
    expect(await texts(null)).toEqual([]);
    await expect(listDocumentPrompts({ userId: student.id, slug: "no-such-text", page: { skip: 0, take: 10 } })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("refuses writes by students (403) and strangers (404), and bad input", async () => {
    await expect(set({}, student.id)).rejects.toMatchObject({ status: 403 });
    await expect(set({}, stranger.id)).rejects.toMatchObject({ status: 404 });
    await expect(set({ prompts: [{ sentence: 9999, text: "?" }] })).rejects.toMatchObject({ status: 422 });
    expect(createAssignmentSchema.safeParse({ title: "x", document: DOC, dueAt: "not a date" }).success).toBe(false);
    const made = await set({});
    const patch = updateAssignmentSchema.parse({ title: "Renamed" });
    await expect(updateAssignment({ userId: student.id, assignmentId: made.id, input: patch })).rejects.toMatchObject({ status: 403 });
    await expect(updateAssignment({ userId: stranger.id, assignmentId: made.id, input: patch })).rejects.toMatchObject({ status: 404 });
    expect((await updateAssignment({ userId: teacher.id, assignmentId: made.id, input: patch })).title).toBe("Renamed");
    await expect(deleteAssignment({ userId: student.id, assignmentId: made.id })).rejects.toMatchObject({ status: 403 });
    await deleteAssignment({ userId: teacher.id, assignmentId: made.id });
    await expect(getAssignmentOrThrow({ userId: teacher.id, assignmentId: made.id })).rejects.toMatchObject({ status: 404 });
  });

  it("shows a student only their own progress row, the teacher every student's", async () => {
    const made = await set({});
    const mine = await getAssignmentProgress({ userId: student.id, assignmentId: made.id });
    expect(mine.students.map((s) => s.userId)).toEqual([student.id]);
    const all = await getAssignmentProgress({ userId: teacher.id, assignmentId: made.id });
    expect(all.students.map((s) => s.userId).sort()).toEqual([student.id, classmate.id].sort());
    await expect(getAssignmentProgress({ userId: stranger.id, assignmentId: made.id })).rejects.toMatchObject({ status: 404 });
    const weights = gradebookQuerySchema.parse({});
    await expect(gradebookRows({ userId: student.id, assignmentId: made.id, weights })).rejects.toMatchObject({ status: 403 });
  });
});

describe("assignments: what counts", () => {
  it("counts class and public notes and replies on the range from the opening; not private ones or other sentences", async () => {
    const made = await set({ range: { from: s07, to: s07 } });
    expect(await rowOf(made.id, student.id)).toMatchObject({ notes: 0, replies: 0, status: "not_started" });
    await classNote(student.id, "s07", "competence", "private");
    await classNote(student.id, "s08", "swiftly");
    expect(await rowOf(made.id, student.id)).toMatchObject({ notes: 0, status: "not_started" });
    const counted = (await classNote(student.id)).body as { id: string };
    expect(await rowOf(made.id, student.id)).toMatchObject({ notes: 1, replies: 0, done: false, status: "in_progress" });
    const theirs = (await classNote(classmate.id, "s07", "competence", "public")).body as { id: string };
    await createReply({ userId: student.id, annotationId: theirs.id, body: note("I agree") });
    expect(await rowOf(made.id, student.id)).toMatchObject({ notes: 1, replies: 1, done: true, late: false, status: "done" });
    expect(await rowOf(made.id, classmate.id)).toMatchObject({ notes: 1, replies: 0, done: false });
    await db.annotation.update({ where: { id: counted.id }, data: { deletedAt: new Date() } });
    expect(await rowOf(made.id, student.id)).toMatchObject({ notes: 0, done: false });
  });

  it("does not count work from before the opening; counts work after the due date as late when the policy says so", async () => {
    const latecomer = await createUser(db, "Latecomer");
    await db.membership.create({ data: { classId, userId: latecomer.id } });
    const past = { opensAt: new Date(Date.now() - 3 * HOUR).toISOString(), dueAt: new Date(Date.now() - HOUR).toISOString() };
    const marked = await set({ ...past, expectations: { notes: 1 } });
    const refused = await set({ ...past, expectations: { notes: 1 }, options: { latePolicy: "refuse" } });
    const future = await set({ opensAt: new Date(Date.now() + HOUR).toISOString(), expectations: { notes: 1 } });
    await classNote(latecomer.id, "s10", "evidence");
    expect(await rowOf(marked.id, latecomer.id)).toMatchObject({ notes: 1, done: true, late: true, status: "late" });
    expect(await rowOf(refused.id, latecomer.id)).toMatchObject({ notes: 0, done: false, status: "late" });
    expect(await rowOf(future.id, latecomer.id)).toMatchObject({ notes: 0 });
    const book = await gradebookRows({ userId: teacher.id, assignmentId: marked.id, weights: gradebookQuerySchema.parse({ late: "0.5" }) });
    const line = book.find((r) => r[0] === "Latecomer")!;
    expect(line.slice(-3)).toEqual(["yes", "late", 0.5]);
    const home = await listMyAssignments({ userId: latecomer.id });
    expect(home.find((h) => h.assignment.id === marked.id)?.progress).toMatchObject({ status: "late" });
    expect(await listMyAssignments({ userId: teacher.id })).toEqual([]);
  });
});

describe("assignments: answers per prompt", () => {
  it("gives the teacher each prompt's answers side by side, and a student none of them", async () => {
    const made = await set({ prompts: [{ sentence: s07, text: "Answer me" }] });
    await classNote(student.id, "s07", "competence");
    await classNote(student.id, "s08", "swiftly");
    const forTeacher = await getAssignmentProgress({ userId: teacher.id, assignmentId: made.id, answers: true });
    expect(forTeacher.answers).toEqual([
      {
        promptId: made.prompts[0]!.id,
        answers: [expect.objectContaining({ authorId: student.id, text: `A note by ${student.id}`, late: false })],
      },
    ]);
    expect((await getAssignmentProgress({ userId: student.id, assignmentId: made.id, answers: true })).answers).toEqual([]);
  });
});

describe("assignments: options enforced where notes are written and read", () => {
  it("refuses class notes and replies after a locked due date, but not private notes or the teacher", async () => {
    const locked = await set({
      opensAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      dueAt: new Date(Date.now() - HOUR).toISOString(),
      range: { from: s07, to: s07 },
      options: { lockAfterDue: true, latePolicy: "refuse" },
    });
    await expect(classNote(student.id)).rejects.toMatchObject({ status: 403, details: { code: "assignment_locked" } });
    const teachers = (await classNote(teacher.id)).body as { id: string };
    await expect(createReply({ userId: student.id, annotationId: teachers.id, body: note("late") })).rejects.toMatchObject({
      status: 403,
    });
    expect((await classNote(student.id, "s07", "competence", "private")).status).toBe(201);
    expect((await classNote(student.id, "s10", "evidence")).status).toBe(201); // outside the range
    await updateAssignment({
      userId: teacher.id,
      assignmentId: locked.id,
      input: updateAssignmentSchema.parse({ options: { latePolicy: "mark_late" } }),
    });
    expect((await classNote(student.id)).status).toBe(201);
    await deleteAssignment({ userId: teacher.id, assignmentId: locked.id });
  });

  it("hides classmates' class notes from a student until they post their own", async () => {
    const other = await db.class.create({ data: { name: "Gated", joinCode: `G${Date.now()}`, createdById: teacher.id } });
    const reader = await createUser(db, "Reader");
    const writer = await createUser(db, "Writer");
    await db.membership.createMany({
      data: [
        { classId: other.id, userId: teacher.id, role: "teacher" },
        { classId: other.id, userId: reader.id },
        { classId: other.id, userId: writer.id },
      ],
    });
    await createAssignment({
      userId: teacher.id,
      classId: other.id,
      input: createAssignmentSchema.parse({
        title: "Post first",
        document: DOC,
        dueAt: new Date(Date.now() + HOUR).toISOString(),
        options: { classmatesAfterOwnPost: true },
      }),
    });
    const write = (userId: string) =>
      createAnnotation({
        userId,
        input: createAnnotationSchema.parse({
          document: DOC,
          target: englishTarget("s07", "competence"),
          visibility: "class",
          classId: other.id,
          body: note("gated"),
        }),
      });
    const written = (await write(writer.id)).body as { id: string };
    const idsFor = async (userId: string) => (await listAnnotations({ userId, documentSlug: DOC })).map((a) => a.id);
    expect(await idsFor(reader.id)).not.toContain(written.id);
    await expect(getAnnotationOrThrow({ userId: reader.id, id: written.id })).rejects.toMatchObject({ status: 404 });
    expect(await idsFor(teacher.id)).toContain(written.id);
    const own = (await write(reader.id)).body as { id: string };
    expect(await idsFor(reader.id)).toEqual(expect.arrayContaining([written.id, own.id]));
    expect((await getAnnotationOrThrow({ userId: reader.id, id: written.id })).id).toBe(written.id);
    // The writer had posted first, so they see the reader's note at once.
    expect(await idsFor(writer.id)).toContain(own.id);
  });
});

describe("the teacher badge (issue 16.3)", () => {
  it("marks a teacher's class notes and replies in their class, not a student's, nor a teacher's public note", async () => {
    const teachers = (await classNote(teacher.id, "s09", "carefully")).body as { id: string };
    await createReply({ userId: teacher.id, annotationId: teachers.id, body: note("Look at the verb.") });
    await createReply({ userId: student.id, annotationId: teachers.id, body: note("Thanks") });
    const publicOne = (await classNote(teacher.id, "s09", "listened", "public")).body as { id: string };
    const seen = await listAnnotations({ userId: student.id, documentSlug: DOC });
    const classView = seen.find((a) => a.id === teachers.id)!;
    expect(classView.author).toEqual({ id: teacher.id, name: "Teacher", teacher: true });
    expect(classView.replies.map((r) => r.author.teacher ?? false)).toEqual([true, false]);
    expect(seen.find((a) => a.id === publicOne.id)!.author.teacher).toBeUndefined();
  });
});
