/**
 * Notifications against the real database (issue 16.2): who is told about a reply (the note's
 * author and earlier repliers, never the one replying, never someone who may no longer see the
 * note), a new assignment (the class's students only), an adopted proposal (its author); the
 * inbox lists only the caller's own, newest first, a page at a time; marking read ignores
 * others' ids; the pruner drops notifications older than 90 days; a due-soon reminder goes once
 * to the students whose work is not done, and again when the due date moves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { createAssignmentSchema } from "../../lib/validation/assignments";
import { markNotificationsReadSchema } from "../../lib/validation/notifications";
import { createProposalSchema } from "../../lib/validation/translation";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { createAssignment } from "../../server/data/assignments/create-assignment";
import { pruneBookkeeping } from "../../server/data/maintenance/prune-bookkeeping";
import { remindDueSoon } from "../../server/data/notifications/remind-due-soon";
import { updateAssignment } from "../../server/data/assignments/update-assignment";
import { updateAssignmentSchema } from "../../lib/validation/assignments";
import { listNotifications } from "../../server/data/notifications/list-notifications";
import { markNotificationsRead } from "../../server/data/notifications/mark-notifications-read";
import { createProposal } from "../../server/data/translations/create-proposal";
import { setAdoption } from "../../server/data/translations/set-adoption";
import { segmentId } from "../../prisma/seed/openai-letter";
import { createClassWith, createUser, englishTarget, note } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const DOC = "openai-letter-2023";
const page = { limit: 100, after: 0 };
let teacher: { id: string };
let ann: { id: string };
let ben: { id: string };
let cat: { id: string };
let outsider: { id: string };
let classId = "";

beforeAll(async () => {
  teacher = await createUser(db, "Teacher");
  ann = await createUser(db, "Ann");
  ben = await createUser(db, "Ben");
  cat = await createUser(db, "Cat");
  outsider = await createUser(db, "Outsider");
  classId = await createClassWith(db, "Notified", teacher, [ann, ben, cat]);
});

const write = async (userId: string, visibility: "public" | "class" = "public") =>
  (
    await createAnnotation({
      userId,
      input: createAnnotationSchema.parse({
        document: DOC,
        target: englishTarget("s07", "competence"),
        visibility,
        ...(visibility === "class" ? { classId } : {}),
        body: note("What does this mean?"),
      }),
    })
  ).body as { id: string };
const reply = (userId: string, annotationId: string) => createReply({ userId, annotationId, body: note("A reply") });
const inbox = async (userId: string) => listNotifications({ userId, page });
const repliesTo = async (userId: string, annotationId: string) =>
  (await inbox(userId)).items.filter((n) => n.kind === "reply" && n.annotationId === annotationId);

describe("reply notifications", () => {
  it("tells the note's author and earlier repliers, never the one replying", async () => {
    const n = await write(ann.id);
    await reply(ben.id, n.id);
    expect(await repliesTo(ann.id, n.id)).toEqual([
      expect.objectContaining({ kind: "reply", read: false, actorName: "Ben", documentSlug: DOC, segmentId: segmentId("s07") }),
    ]);
    expect(await repliesTo(ben.id, n.id)).toEqual([]);
    // Cat replies: Ann (author) and Ben (replied before) are told; Cat is not.
    await reply(cat.id, n.id);
    expect(await repliesTo(ann.id, n.id)).toHaveLength(2);
    expect(await repliesTo(ben.id, n.id)).toEqual([expect.objectContaining({ actorName: "Cat" })]);
    expect(await repliesTo(cat.id, n.id)).toEqual([]);
    // The author replying in their own thread tells the others, not themself.
    await reply(ann.id, n.id);
    expect(await repliesTo(ann.id, n.id)).toHaveLength(2);
    expect(await repliesTo(ben.id, n.id)).toHaveLength(2);
    expect(await repliesTo(cat.id, n.id)).toHaveLength(1);
  });

  it("does not tell someone who can no longer see the class note", async () => {
    const n = await write(ann.id, "class");
    await reply(ben.id, n.id);
    // Ben leaves the class: a later reply in the class thread is not sent to him.
    await db.membership.deleteMany({ where: { classId, userId: ben.id } });
    try {
      await reply(cat.id, n.id);
      expect(await repliesTo(ben.id, n.id)).toEqual([]);
      expect(await repliesTo(ann.id, n.id)).toHaveLength(2);
      expect(await repliesTo(outsider.id, n.id)).toEqual([]);
    } finally {
      await db.membership.create({ data: { classId, userId: ben.id } });
    }
  });

  it("does not tell a replier about a thread the teacher hid, but tells the author", async () => {
    const n = await write(ann.id, "class");
    await reply(ben.id, n.id);
    await db.annotation.update({ where: { id: n.id }, data: { hidden: true } });
    await reply(teacher.id, n.id);
    expect(await repliesTo(ben.id, n.id)).toHaveLength(0);
    expect(await repliesTo(ann.id, n.id)).toEqual([
      expect.objectContaining({ actorName: "Teacher" }),
      expect.objectContaining({ actorName: "Ben" }),
    ]);
  });
});

describe("assignment and adoption notifications", () => {
  it("tells the class's students about a new assignment, not its teacher or outsiders", async () => {
    const made = await createAssignment({
      userId: teacher.id,
      classId,
      input: createAssignmentSchema.parse({
        title: "Read for Friday",
        document: DOC,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        expectations: { notes: 1 },
      }),
    });
    // (An app process of another test file may remind about it meanwhile: only the "assignment" kind is looked at.)
    const about = async (userId: string) =>
      (await inbox(userId)).items.filter((n) => n.kind === "assignment" && n.assignmentId === made.id);
    for (const student of [ann, ben, cat])
      expect(await about(student.id)).toEqual([
        expect.objectContaining({ kind: "assignment", assignmentTitle: "Read for Friday", classId, className: "Notified" }),
      ]);
    expect(await about(teacher.id)).toEqual([]);
    expect(await about(outsider.id)).toEqual([]);
  });

  it("tells a proposal's author once when a teacher adopts it for the class", async () => {
    const S = segmentId("s08");
    const proposal = await createProposal({ userId: ben.id, input: createProposalSchema.parse({ segmentId: S, text: "譯文。" }) });
    await setAdoption({ userId: teacher.id, segmentId: S, translationId: proposal.id, scope: classId });
    await setAdoption({ userId: teacher.id, segmentId: S, translationId: proposal.id, scope: classId });
    const adopted = (await inbox(ben.id)).items.filter((n) => n.kind === "adopted" && n.translationId === proposal.id);
    expect(adopted).toEqual([expect.objectContaining({ actorName: "Teacher", classId, segmentId: S, documentSlug: DOC })]);
  });
});

describe("due-soon reminders", () => {
  it("reminds the students whose work is not done, once per due date, claimed by one caller", async () => {
    // A moment far ahead, so that no other test's assignment is due near it; the work counts from now.
    const later = new Date("2090-01-01T00:00:00.000Z");
    const dueAt = (hours: number) => new Date(later.getTime() + hours * 3_600_000).toISOString();
    const made = await createAssignment({
      userId: teacher.id,
      classId,
      input: createAssignmentSchema.parse({
        title: "Due soon",
        document: DOC,
        opensAt: new Date().toISOString(), // (earlier tests here wrote notes as these students)
        dueAt: dueAt(30),
        expectations: { notes: 1 },
      }),
    });
    await write(cat.id, "class"); // Cat's work is done.
    const reminders = async (userId: string) =>
      (await inbox(userId)).items.filter((n) => n.kind === "due_soon" && n.assignmentId === made.id);

    // Due in 30 hours: too early.
    expect(await remindDueSoon(later)).toBe(0);
    await updateAssignment({ userId: teacher.id, assignmentId: made.id, input: updateAssignmentSchema.parse({ dueAt: dueAt(10) }) });
    // Two instances at once: one claims it, the other finds nothing left.
    const [a, b] = await Promise.all([remindDueSoon(later), remindDueSoon(later)]);
    expect(a + b).toBe(2);
    for (const student of [ann, ben])
      expect(await reminders(student.id)).toEqual([
        expect.objectContaining({ assignmentTitle: "Due soon", classId, className: "Notified", dueAt: dueAt(10), read: false }),
      ]);
    expect(await reminders(cat.id)).toEqual([]);
    expect(await reminders(teacher.id)).toEqual([]);
    expect(await remindDueSoon(later)).toBe(0);

    // A new due date earns a new reminder.
    await updateAssignment({ userId: teacher.id, assignmentId: made.id, input: updateAssignmentSchema.parse({ dueAt: dueAt(20) }) });
    expect(await remindDueSoon(later)).toBe(2);
    expect(await reminders(ann.id)).toHaveLength(2);
  });

  it("does not remind about an assignment set when it was already due soon (its students were just told of it)", async () => {
    const made = await createAssignment({
      userId: teacher.id,
      classId,
      input: createAssignmentSchema.parse({
        title: "Due tonight",
        document: DOC,
        dueAt: new Date(Date.now() + 6 * 3_600_000).toISOString(),
        expectations: { notes: 5 },
      }),
    });
    await remindDueSoon(new Date(Date.now() + 60_000));
    const told = await db.notification.count({ where: { kind: "due_soon", payload: { path: ["assignmentId"], equals: made.id } } });
    expect(told).toBe(0);
    expect((await inbox(ann.id)).items.some((n) => n.kind === "assignment" && n.assignmentId === made.id)).toBe(true);
  });
});

describe("the inbox", () => {
  it("pages newest first, marks read one by one or all, and ignores others' ids", async () => {
    const reader = await createUser(db, "Reader");
    const other = await createUser(db, "Other");
    const base = Date.now() - 60_000;
    await db.notification.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        userId: reader.id,
        kind: "reply" as const,
        payload: { actorName: `n${i}` },
        createdAt: new Date(base + i * 1000),
      })),
    });
    const othersOne = await db.notification.create({ data: { userId: other.id, kind: "reply", payload: {} } });
    const first = await listNotifications({ userId: reader.id, page: { limit: 2, after: 0 } });
    expect(first.unread).toBe(5);
    expect(first.items.map((n) => n.actorName)).toEqual(["n4", "n3"]);
    const second = await listNotifications({ userId: reader.id, page: { limit: 2, after: Number(first.next) } });
    expect(second.items.map((n) => n.actorName)).toEqual(["n2", "n1"]);
    const last = await listNotifications({ userId: reader.id, page: { limit: 2, after: Number(second.next) } });
    expect(last).toMatchObject({ next: null, items: [expect.objectContaining({ actorName: "n0" })] });

    const one = first.items[0]!.id;
    const marked = await markNotificationsRead({
      userId: reader.id,
      input: markNotificationsReadSchema.parse({ ids: [one, othersOne.id, "no-such-id"] }),
    });
    expect(marked).toEqual({ marked: 1, unread: 4 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: othersOne.id } })).readAt).toBeNull();
    const unreadOnly = await listNotifications({ userId: reader.id, page, unreadOnly: true });
    expect(unreadOnly.items.map((n) => n.actorName)).toEqual(["n3", "n2", "n1", "n0"]);

    expect(await markNotificationsRead({ userId: reader.id, input: { all: true } })).toEqual({ marked: 4, unread: 0 });
    expect((await listNotifications({ userId: reader.id, page })).items.every((n) => n.read)).toBe(true);
    expect((await listNotifications({ userId: other.id, page })).unread).toBe(1);
  });

  it("refuses more than 500 ids and an empty request", () => {
    expect(markNotificationsReadSchema.safeParse({ ids: Array.from({ length: 501 }, (_, i) => `id${i}`) }).success).toBe(false);
    expect(markNotificationsReadSchema.safeParse({}).success).toBe(false);
    expect(markNotificationsReadSchema.safeParse({ all: false }).success).toBe(false);
  });

  it("is pruned after 90 days", async () => {
    const user = await createUser(db, "Old");
    const old = new Date(Date.now() - 91 * 86_400_000);
    await db.notification.createMany({
      data: [
        { userId: user.id, kind: "reply", payload: {}, createdAt: old },
        { userId: user.id, kind: "reply", payload: {} },
      ],
    });
    const pruned = await pruneBookkeeping();
    expect(pruned.notifications).toBeGreaterThanOrEqual(1);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
  });
});
