/**
 * Live events on a class-only text (issue 16.4) go through the same document rule as reads:
 * a class note on its class's text reaches the class's members (the in-hand rule reads the
 * reader's membership of the document's class), and nobody outside the class. An assignment that
 * shows classmates' notes only after one's own post holds them back live too (issue 16.1).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { messageFor, readEventFacts } from "../../server/live/authorise-live-event";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const users = {} as Record<"teacher" | "author" | "classmate" | "otherClass" | "stranger", { id: string }>;
let eventId = 0n;
let documentId = "";
let noteId = "";
let classId = "";

beforeAll(async () => {
  for (const name of ["teacher", "author", "classmate", "otherClass", "stranger"] as const) users[name] = await createUser(db, name);
  const klass = await db.class.create({ data: { name: "Live", joinCode: `LV${Date.now()}`.slice(0, 12), createdById: users.teacher.id } });
  classId = klass.id;
  const other = await db.class.create({
    data: { name: "Else", joinCode: `LE${Date.now()}`.slice(0, 12), createdById: users.otherClass.id },
  });
  await db.membership.createMany({
    data: [
      { classId: klass.id, userId: users.teacher.id, role: "teacher" },
      { classId: klass.id, userId: users.author.id },
      { classId: klass.id, userId: users.classmate.id },
      { classId: other.id, userId: users.otherClass.id, role: "teacher" },
    ],
  });
  const document = await db.document.create({
    data: {
      slug: `class-live-${Date.now()}`,
      title: "Class text",
      source: "t",
      provenance: "t",
      licence: "t",
      ownerId: users.teacher.id,
      visibility: "class",
      classId: klass.id,
    },
  });
  documentId = document.id;
  const created = await db.annotation.create({
    data: { documentId, authorId: users.author.id, visibility: "class", classId: klass.id },
  });
  noteId = created.id;
  eventId = (await db.liveEvent.create({ data: { documentId, kind: "annotation.created", annotationId: noteId, payload: {} } })).id;
});

it("sends a class note on a class-only text to the class's members and to nobody else", async () => {
  const event = { id: eventId, documentId, kind: "annotation.created", annotationId: noteId, translationId: null, payload: {} };
  const facts = await readEventFacts(event);
  const received = async (userId: string | null) => ((await messageFor(userId, facts))?.event ?? null) === "annotation";
  expect({
    teacher: await received(users.teacher.id),
    classmate: await received(users.classmate.id),
    otherClass: await received(users.otherClass.id),
    stranger: await received(users.stranger.id),
    anonymous: await received(null),
  }).toEqual({ teacher: true, classmate: true, otherClass: false, stranger: false, anonymous: false });
});

it("holds a classmate's note back from a student who has not posted yet, while an assignment says so", async () => {
  const event = { id: eventId, documentId, kind: "annotation.created", annotationId: noteId, translationId: null, payload: {} };
  const received = async (userId: string) => ((await messageFor(userId, await readEventFacts(event)))?.event ?? null) === "annotation";
  const assignment = await db.assignment.create({
    data: {
      classId,
      documentId,
      title: "Post first",
      opensAt: new Date(Date.now() - 60_000),
      dueAt: new Date(Date.now() + 86_400_000),
      classmatesAfterOwnPost: true,
    },
  });
  try {
    expect({ teacher: await received(users.teacher.id), classmate: await received(users.classmate.id) }).toEqual({
      teacher: true,
      classmate: false,
    });
    // Once the classmate has written to the class on this text, they see the others' notes.
    await db.annotation.create({ data: { documentId, authorId: users.classmate.id, visibility: "class", classId } });
    expect(await received(users.classmate.id)).toBe(true);
  } finally {
    await db.assignment.delete({ where: { id: assignment.id } });
  }
});
