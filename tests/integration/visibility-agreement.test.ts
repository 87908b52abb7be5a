/**
 * One rule, several forms: who may read a document, and who may see a note, are written as a
 * Prisma `where` (lists and reads), as SQL (the one-statement writes on the pg pool) and as a
 * function of a row in hand (live events). This table runs every form on the same cases against
 * the real database and fails when any form disagrees with the table, or with the others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { couldSee, visibleAnnotationsWhere } from "../../server/data/annotations/visibility";
import { isClassMemberSql } from "../../server/data/classes/membership";
import { canReadDocument, documentReadableSql, visibleDocumentsWhere } from "../../server/data/documents/visibility";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

type Viewer = "owner" | "stranger" | "anonymous";
const DOCUMENTS = {
  "public, published": { visibility: "public", published: true, readers: ["owner", "stranger", "anonymous"] },
  "public draft": { visibility: "public", published: false, readers: ["owner"] },
  "private, published": { visibility: "private", published: true, readers: ["owner"] },
  "private draft": { visibility: "private", published: false, readers: ["owner"] },
} as const satisfies Record<string, { visibility: "public" | "private"; published: boolean; readers: Viewer[] }>;

describe("document visibility: the Prisma where, the SQL and the in-hand rule agree", () => {
  const users: Record<Viewer, string | null> = { owner: null, stranger: null, anonymous: null };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    users.owner = (await createUser(db, "Owner")).id;
    users.stranger = (await createUser(db, "Stranger")).id;
    for (const [name, d] of Object.entries(DOCUMENTS)) {
      const doc = await db.document.create({
        data: {
          slug: `agreement-${Date.now()}-${Object.keys(ids).length}`,
          title: name,
          source: "test",
          provenance: "test",
          licence: "test",
          ownerId: users.owner,
          visibility: d.visibility,
          publishedAt: d.published ? new Date() : null,
        },
      });
      ids[name] = doc.id;
    }
  });

  const cases = Object.entries(DOCUMENTS).flatMap(([name, d]) =>
    (["owner", "stranger", "anonymous"] as const).map((viewer) => ({
      name,
      viewer,
      expected: (d.readers as readonly Viewer[]).includes(viewer),
    })),
  );

  it.each(cases)("$name, read by $viewer: $expected", async ({ name, viewer, expected }) => {
    const userId = users[viewer];
    const id = ids[name]!;
    const byWhere = (await db.document.count({ where: { id, ...visibleDocumentsWhere({ userId }) } })) === 1;
    const rows = await db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "Document" d WHERE d.id = $1 AND ${documentReadableSql("d", "$2")}`,
      id,
      userId,
    );
    const bySql = rows.length === 1;
    const row = await db.document.findUniqueOrThrow({ where: { id }, select: { visibility: true, publishedAt: true, ownerId: true } });
    const inHand = canReadDocument(userId, row);
    expect({ byWhere, bySql, inHand }).toEqual({ byWhere: expected, bySql: expected, inHand: expected });
  });
});

type NoteViewer = "author" | "classmate" | "teacher" | "otherClass" | "stranger" | "anonymous";
const EVERYONE: NoteViewer[] = ["author", "classmate", "teacher", "otherClass", "stranger", "anonymous"];
const NOTES: Record<
  string,
  { visibility: "private" | "class" | "public"; hidden?: boolean; onPrivateDocument?: boolean; seenBy: NoteViewer[] }
> = {
  private: { visibility: "private", seenBy: ["author"] },
  class: { visibility: "class", seenBy: ["author", "classmate", "teacher"] },
  "class, hidden by the teacher": { visibility: "class", hidden: true, seenBy: ["author", "teacher"] },
  public: { visibility: "public", seenBy: EVERYONE },
  "public, hidden": { visibility: "public", hidden: true, seenBy: ["author"] },
  "class, on the author's private document": { visibility: "class", onPrivateDocument: true, seenBy: ["author"] },
};

describe("note visibility: the Prisma where and the in-hand rule (couldSee with the document rule) agree", () => {
  const users = {} as Record<NoteViewer, string | null>;
  const noteIds: Record<string, string> = {};
  let classId = "";

  beforeAll(async () => {
    for (const viewer of EVERYONE) users[viewer] = viewer === "anonymous" ? null : (await createUser(db, viewer)).id;
    const klass = await db.class.create({
      data: { name: "Agreement", joinCode: `AG${Date.now()}`.slice(0, 12), createdById: users.teacher! },
    });
    const other = await db.class.create({
      data: { name: "Other", joinCode: `OT${Date.now()}`.slice(0, 12), createdById: users.otherClass! },
    });
    classId = klass.id;
    await db.membership.createMany({
      data: [
        { classId, userId: users.teacher!, role: "teacher" },
        { classId, userId: users.author!, role: "student" },
        { classId, userId: users.classmate!, role: "student" },
        { classId: other.id, userId: users.otherClass!, role: "teacher" },
      ],
    });
    const letter = await db.document.findUniqueOrThrow({ where: { slug: "openai-letter-2023" } });
    const own = await db.document.create({
      data: {
        slug: `agreement-own-${Date.now()}`,
        title: "Own",
        source: "t",
        provenance: "t",
        licence: "t",
        ownerId: users.author,
        visibility: "private",
      },
    });
    for (const [name, n] of Object.entries(NOTES)) {
      const created = await db.annotation.create({
        data: {
          documentId: n.onPrivateDocument ? own.id : letter.id,
          authorId: users.author!,
          visibility: n.visibility,
          classId: n.visibility === "class" ? classId : null,
          hidden: n.hidden ?? false,
        },
      });
      noteIds[name] = created.id;
    }
  });

  const cases = Object.entries(NOTES).flatMap(([name, n]) =>
    EVERYONE.map((viewer) => ({ name, viewer, expected: n.seenBy.includes(viewer) })),
  );

  it.each(cases)("$name, seen by $viewer: $expected", async ({ name, viewer, expected }) => {
    const userId = users[viewer];
    const id = noteIds[name]!;
    const byWhere = (await db.annotation.count({ where: { id, ...visibleAnnotationsWhere(userId) } })) === 1;
    const note = await db.annotation.findUniqueOrThrow({
      where: { id },
      include: { document: { select: { visibility: true, publishedAt: true, ownerId: true } } },
    });
    const role =
      userId && note.classId
        ? ((await db.membership.findUnique({ where: { classId_userId: { classId: note.classId, userId } } }))?.role ?? null)
        : null;
    const inHand = canReadDocument(userId, note.document) && couldSee(userId, note, role);
    expect({ byWhere, inHand }).toEqual({ byWhere: expected, inHand: expected });
  });

  it("class membership as SQL agrees with the membership rows", async () => {
    for (const viewer of EVERYONE) {
      const rows = await db.$queryRawUnsafe<{ member: boolean }[]>(
        `SELECT ${isClassMemberSql("$1", "$2")} AS member`,
        classId,
        users[viewer],
      );
      expect({ viewer, member: rows[0]!.member }).toEqual({ viewer, member: ["author", "classmate", "teacher"].includes(viewer) });
    }
  });
});
