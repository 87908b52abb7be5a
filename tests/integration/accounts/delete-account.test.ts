/**
 * Deleting an account deletes what that person wrote and nothing anyone else wrote (issue 14,
 * finding 9): a teacher's class keeps a teacher and its students' notes and proposals; an owner's
 * import that others wrote on stays readable (and editable by nobody); others' replies on the
 * person's notes stay. Against the real database, through the data layer.
 */
import { afterAll, describe, expect, it } from "vitest";
import { FORMER_MEMBER_ID } from "../../../lib/accounts/former-member";
import { listAnnotations } from "../../../server/data/annotations/list-annotations";
import { createClass } from "../../../server/data/classes/create-class";
import { getClassOrThrow } from "../../../server/data/classes/get-class";
import { getDocument } from "../../../server/data/documents/get-document";
import { importDocument } from "../../../server/data/documents/import-document";
import { isDocumentOwner } from "../../../server/data/documents/is-document-owner";
import { updateSegmentText } from "../../../server/data/documents/update-segment-text";
import { deleteUser } from "../../../server/data/users/delete-user";
import { messageFor, readEventFacts } from "../../../server/live/authorise-live-event";
import { HttpError } from "../../../server/http/errors";
import { LETTER_ID, segmentId } from "../../../prisma/seed/openai-letter";
import { createUser, note } from "../../support/annotation-fixtures";
import { connectTestDatabase } from "../../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const LETTER_SEGMENT = segmentId("s01");

async function write(
  authorId: string,
  text: string,
  where: { documentId?: string; segmentId?: string; visibility?: "private" | "class" | "public"; classId?: string } = {},
) {
  return db.annotation.create({
    data: {
      documentId: where.documentId ?? LETTER_ID,
      authorId,
      visibility: where.visibility ?? "public",
      classId: where.classId ?? null,
      motivation: "commenting",
      body: note(text),
      bodyText: text,
      tags: ["mine"],
      targets: { create: { segmentId: where.segmentId ?? LETTER_SEGMENT, language: "en", exact: "OpenAI", start: 0, end: 6 } },
    },
  });
}

const reply = (annotationId: string, authorId: string, text: string) =>
  db.reply.create({ data: { annotationId, authorId, body: note(text), bodyText: text } });

async function deleteAccount(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  await deleteUser({ userId, confirmEmail: user.email });
  expect(await db.user.findUnique({ where: { id: userId } })).toBeNull();
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("a teacher deletes their account", () => {
  it("hands the class to its longest-standing student and keeps every student's notes, replies and proposals", async () => {
    const teacher = await createUser(db, "Teacher");
    const early = await createUser(db, "Early");
    const late = await createUser(db, "Late");
    const klass = await createClass({ userId: teacher.id, name: "Reading 9" });
    await db.membership.create({ data: { classId: klass.id, userId: late.id, joinedAt: ago(10) } });
    await db.membership.create({ data: { classId: klass.id, userId: early.id, joinedAt: ago(60) } });

    const studentNote = await write(late.id, "A class note by a student", { visibility: "class", classId: klass.id });
    const studentReply = await reply(studentNote.id, early.id, "A reply by a student");
    const proposal = await db.translation.create({
      data: { segmentId: LETTER_SEGMENT, kind: "proposal", text: "學生的譯文", authorId: early.id, visibility: "class", classId: klass.id },
    });
    await db.vote.create({ data: { translationId: proposal.id, userId: late.id, value: 1, classId: klass.id } });
    await db.vote.create({ data: { translationId: proposal.id, userId: teacher.id, value: 1, classId: klass.id } });
    const teacherNote = await write(teacher.id, "The teacher's own note", { visibility: "class", classId: klass.id });
    const teacherReply = await reply(studentNote.id, teacher.id, "The teacher's reply");

    await deleteAccount(teacher.id);

    const view = await getClassOrThrow({ userId: early.id, classId: klass.id });
    expect(view.role).toBe("teacher");
    expect(view.joinCode).not.toBeNull();
    expect(view.members.map((m) => [m.name, m.role])).toEqual([
      ["Early", "teacher"],
      ["Late", "student"],
    ]);
    // The students' work, as the other student reads it.
    const seen = await listAnnotations({ userId: early.id, documentSlug: LETTER_ID });
    const thread = seen.find((a) => a.id === studentNote.id);
    expect(thread?.bodyText).toBe("A class note by a student");
    expect(thread?.replies.map((r) => r.id)).toEqual([studentReply.id]);
    expect(await db.translation.findUnique({ where: { id: proposal.id } })).toMatchObject({
      text: "學生的譯文",
      classId: klass.id,
      withdrawnAt: null,
    });
    expect(await db.vote.findMany({ where: { translationId: proposal.id }, select: { userId: true } })).toEqual([{ userId: late.id }]);
    // The teacher's own writing is gone.
    expect(await db.annotation.findUnique({ where: { id: teacherNote.id } })).toBeNull();
    expect(await db.reply.findUnique({ where: { id: teacherReply.id } })).toBeNull();
  });

  it("leaves a class with another teacher to that teacher, and deletes a class nobody else was in", async () => {
    const teacher = await createUser(db, "Teacher");
    const coTeacher = await createUser(db, "CoTeacher");
    const student = await createUser(db, "Student");
    const shared = await createClass({ userId: teacher.id, name: "Shared" });
    await db.membership.create({ data: { classId: shared.id, userId: student.id, joinedAt: ago(90) } });
    await db.membership.create({ data: { classId: shared.id, userId: coTeacher.id, role: "teacher", joinedAt: ago(5) } });
    const alone = await createClass({ userId: teacher.id, name: "Nobody joined" });

    await deleteAccount(teacher.id);

    const roles = await db.membership.findMany({
      where: { classId: shared.id },
      select: { userId: true, role: true },
      orderBy: { role: "asc" },
    });
    expect(roles).toEqual([
      { userId: coTeacher.id, role: "teacher" },
      { userId: student.id, role: "student" },
    ]);
    expect(await db.class.findUnique({ where: { id: alone.id } })).toBeNull();
  });
});

describe("an owner deletes their account", () => {
  async function importText(ownerId: string, title: string, visibility: "private" | "public", published: boolean) {
    const { slug } = await importDocument({
      userId: ownerId,
      input: { title: `${title} ${Date.now()}`, en: "The first sentence. The second sentence.", zh: "第一句。第二句。", visibility },
    });
    const document = await db.document.update({
      where: { slug },
      data: { publishedAt: published ? new Date() : null },
      include: { segments: { orderBy: { index: "asc" } } },
    });
    return { ...document, segmentId: document.segments[0]!.id };
  }

  it("keeps a public import others wrote on, readable with their notes and editable by nobody; deletes a private draft", async () => {
    const owner = await createUser(db, "Owner");
    const reader = await createUser(db, "Reader");
    const text = await importText(owner.id, "Public import", "public", true);
    const draft = await importText(owner.id, "Private draft", "private", false);
    const readersNote = await write(reader.id, "A reader's public note", { documentId: text.id, segmentId: text.segmentId });
    const readersPrivate = await write(reader.id, "A reader's private note", {
      documentId: text.id,
      segmentId: text.segmentId,
      visibility: "private",
    });
    const ownersNote = await write(owner.id, "The owner's note", { documentId: text.id, segmentId: text.segmentId });
    const ownersDraftNote = await write(owner.id, "The owner's note on the draft", {
      documentId: draft.id,
      segmentId: draft.segmentId,
      visibility: "private",
    });

    await deleteAccount(owner.id);

    // Still there for everyone, signed out included, with the reader's notes.
    const kept = await getDocument({ slug: text.slug, userId: null });
    expect(kept?.segments.map((s) => s.text)).toEqual(["The first sentence.", "The second sentence."]);
    expect(kept?.source).toBe("Imported by a former member");
    expect((await listAnnotations({ userId: null, documentSlug: text.slug })).map((a) => a.id)).toEqual([readersNote.id]);
    expect((await listAnnotations({ userId: reader.id, documentSlug: text.slug })).map((a) => a.id).sort()).toEqual(
      [readersNote.id, readersPrivate.id].sort(),
    );
    // Nobody owns it, so nobody can edit it.
    expect(await db.document.findUnique({ where: { id: text.id }, select: { ownerId: true, visibility: true } })).toEqual({
      ownerId: null,
      visibility: "public",
    });
    expect(await isDocumentOwner({ userId: reader.id, slug: text.slug })).toBe(false);
    const edit = await updateSegmentText({ userId: reader.id, segmentId: text.segmentId, text: "Rewritten." }).catch((e: unknown) => e);
    expect(edit).toBeInstanceOf(HttpError);
    expect((edit as HttpError).status).toBe(404);
    // The owner's own writing, and the draft only they wrote on, are gone.
    expect(await db.annotation.findUnique({ where: { id: ownersNote.id } })).toBeNull();
    expect(await db.annotation.findUnique({ where: { id: ownersDraftNote.id } })).toBeNull();
    expect(await db.document.findUnique({ where: { id: draft.id } })).toBeNull();
  });
});

describe("others' replies on the deleted person's notes", () => {
  it("stay, under the note kept as a former member's that keeps the passage but none of the note's words; readers are told live", async () => {
    const author = await createUser(db, "Author");
    const replier = await createUser(db, "Replier");
    const before = await db.liveEvent.aggregate({ _max: { id: true } });
    const thread = await write(author.id, "Words the author takes away");
    const othersReply = await reply(thread.id, replier.id, "A reply the replier keeps");
    const ownReply = await reply(thread.id, author.id, "The author's own reply");
    const lonely = await write(author.id, "A note nobody answered");

    await deleteAccount(author.id);

    const seen = await listAnnotations({ userId: replier.id, documentSlug: LETTER_ID });
    const kept = seen.find((a) => a.id === thread.id);
    expect(kept).toMatchObject({
      author: { id: FORMER_MEMBER_ID, name: "Former member" },
      body: null,
      bodyText: "",
      tags: [],
      mine: false,
    });
    expect(kept?.targets.map((t) => t.selector.exact)).toEqual(["OpenAI"]);
    expect(kept?.replies.map((r) => [r.id, r.bodyText])).toEqual([[othersReply.id, "A reply the replier keeps"]]);
    expect(await db.reply.findUnique({ where: { id: ownReply.id } })).toBeNull();
    expect(seen.some((a) => a.id === lonely.id)).toBe(false);
    expect(await db.annotation.findUnique({ where: { id: lonely.id } })).toBeNull();
    expect(JSON.stringify(await db.annotation.findUnique({ where: { id: thread.id } }))).not.toContain("Words the author takes away");

    // Every event since, replayed to a signed-out reader: none breaks, the kept note arrives as it is
    // now, and the note that is gone for good arrives as removed.
    const events = await db.liveEvent.findMany({
      where: { documentId: LETTER_ID, id: { gt: before._max.id ?? 0n } },
      orderBy: { id: "asc" },
    });
    const messages = [];
    for (const event of events) messages.push(await messageFor(null, await readEventFacts(event)));
    expect(messages).toContainEqual({ event: "annotation-removed", data: { id: lonely.id } });
    expect(messages).toContainEqual({
      event: "annotation",
      data: expect.objectContaining({ id: thread.id, author: { id: FORMER_MEMBER_ID, name: "Former member" } }),
    });
  });

  it("keeps a withdrawn proposal that others' notes quote, so their anchor holds", async () => {
    const author = await createUser(db, "Proposer");
    const reader = await createUser(db, "Quoter");
    const proposal = await db.translation.create({
      data: { segmentId: LETTER_SEGMENT, kind: "proposal", text: "一個提案", authorId: author.id, visibility: "public" },
    });
    const unquoted = await db.translation.create({
      data: { segmentId: LETTER_SEGMENT, kind: "proposal", text: "另一個提案", authorId: author.id, visibility: "public" },
    });
    const quoting = await db.annotation.create({
      data: {
        documentId: LETTER_ID,
        authorId: reader.id,
        visibility: "public",
        targets: {
          create: { segmentId: LETTER_SEGMENT, language: "zh-Hant", translationId: proposal.id, exact: "提案", start: 2, end: 4 },
        },
      },
    });

    await deleteAccount(author.id);

    expect(await db.translation.findUnique({ where: { id: proposal.id } })).toMatchObject({
      authorId: FORMER_MEMBER_ID,
      withdrawnAt: expect.any(Date),
    });
    expect(await db.translation.findUnique({ where: { id: unquoted.id } })).toBeNull();
    expect(await db.annotationTarget.count({ where: { annotationId: quoting.id, translationId: proposal.id } })).toBe(1);
  });
});
