/**
 * One rule, several forms: who may read a document, and who may see a note, are written as a
 * Prisma `where` (lists and reads), as SQL (the one-statement writes on the pg pool) and as a
 * function of a row in hand (live events). This table runs every form on the same cases against
 * the real database and fails when any form disagrees with the table, or with the others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { couldSee, visibleAnnotationsWhere } from "../../server/data/annotations/visibility";
import { isClassMemberSql } from "../../server/data/classes/membership";
import {
  audienceFits,
  audienceFitsSql,
  canReadDocument,
  documentReadableSql,
  listedDocumentsWhere,
  visibleDocumentsWhere,
} from "../../server/data/documents/visibility";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

type Viewer = "owner" | "member" | "otherClass" | "stranger" | "anonymous";
const VIEWERS: Viewer[] = ["owner", "member", "otherClass", "stranger", "anonymous"];
const DOCUMENTS = {
  "public, published": { visibility: "public", published: true, readers: VIEWERS },
  "public draft": { visibility: "public", published: false, readers: ["owner"] },
  "private, published": { visibility: "private", published: true, readers: ["owner"] },
  "private draft": { visibility: "private", published: false, readers: ["owner"] },
  "class-only, published": { visibility: "class", published: true, readers: ["owner", "member"] },
  "class-only draft": { visibility: "class", published: false, readers: ["owner"] },
  "class-only, its class deleted": { visibility: "class", published: true, classless: true, readers: ["owner"] },
} as const satisfies Record<
  string,
  { visibility: "public" | "private" | "class"; published: boolean; classless?: true; readers: readonly Viewer[] }
>;

/** Who may write what on each document: the audience rule (audienceFits), in hand and as SQL. */
const AUDIENCES = {
  private: { visibility: "private", forClass: null },
  "class (the document's class)": { visibility: "class", forClass: "own" },
  "class (another class)": { visibility: "class", forClass: "other" },
  public: { visibility: "public", forClass: null },
} as const;
const FITS: Record<keyof typeof DOCUMENTS, (keyof typeof AUDIENCES)[]> = {
  "public, published": ["private", "class (the document's class)", "class (another class)", "public"],
  "public draft": ["private", "public"],
  "private, published": ["private", "public"],
  "private draft": ["private", "public"],
  "class-only, published": ["private", "class (the document's class)"],
  "class-only draft": ["private"],
  "class-only, its class deleted": ["private"],
};

describe("document visibility: the Prisma where, the SQL and the in-hand rule agree", () => {
  const users: Record<Viewer, string | null> = { owner: null, member: null, otherClass: null, stranger: null, anonymous: null };
  const ids: Record<string, string> = {};
  const classes = { own: "", other: "" };

  beforeAll(async () => {
    for (const viewer of VIEWERS) users[viewer] = viewer === "anonymous" ? null : (await createUser(db, viewer)).id;
    const own = await db.class.create({ data: { name: "Own", joinCode: `DA${Date.now()}`.slice(0, 12), createdById: users.owner! } });
    const other = await db.class.create({
      data: { name: "Other", joinCode: `DB${Date.now()}`.slice(0, 12), createdById: users.otherClass! },
    });
    const gone = await db.class.create({ data: { name: "Gone", joinCode: `DC${Date.now()}`.slice(0, 12), createdById: users.owner! } });
    Object.assign(classes, { own: own.id, other: other.id });
    await db.membership.createMany({
      data: [
        { classId: own.id, userId: users.owner!, role: "teacher" },
        { classId: own.id, userId: users.member!, role: "student" },
        { classId: other.id, userId: users.otherClass!, role: "teacher" },
        { classId: gone.id, userId: users.member!, role: "student" },
      ],
    });
    for (const [name, d] of Object.entries(DOCUMENTS) as [string, (typeof DOCUMENTS)[keyof typeof DOCUMENTS]][]) {
      const doc = await db.document.create({
        data: {
          slug: `agreement-${Date.now()}-${Object.keys(ids).length}`,
          title: name,
          source: "test",
          provenance: "test",
          licence: "test",
          ownerId: users.owner,
          visibility: d.visibility,
          classId: d.visibility !== "class" ? null : "classless" in d ? gone.id : own.id,
          publishedAt: d.published ? new Date() : null,
        },
      });
      ids[name] = doc.id;
    }
    await db.class.delete({ where: { id: gone.id } });
  });

  const cases = Object.entries(DOCUMENTS).flatMap(([name, d]) =>
    VIEWERS.map((viewer) => ({
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
    const row = await db.document.findUniqueOrThrow({
      where: { id },
      select: { visibility: true, publishedAt: true, ownerId: true, classId: true },
    });
    const inDocumentClass =
      !!userId && !!row.classId && !!(await db.membership.findUnique({ where: { classId_userId: { classId: row.classId, userId } } }));
    const inHand = canReadDocument(userId, row, inDocumentClass);
    expect({ byWhere, bySql, inHand }).toEqual({ byWhere: expected, bySql: expected, inHand: expected });
  });

  it("lists a class-only text to its class's members beside the public ones, and to nobody else", async () => {
    const listed = async (viewer: Viewer) =>
      (
        await db.document.findMany({
          where: { id: { in: Object.values(ids) }, ...listedDocumentsWhere({ userId: users[viewer] }) },
          select: { title: true },
          orderBy: { title: "asc" },
        })
      ).map((d) => d.title);
    expect(await listed("member")).toEqual(["class-only, published", "public, published"]);
    expect(await listed("otherClass")).toEqual(["public, published"]);
    expect(await listed("anonymous")).toEqual(["public, published"]);
  });

  const audienceCases = Object.entries(FITS).flatMap(([name, fits]) =>
    (Object.keys(AUDIENCES) as (keyof typeof AUDIENCES)[]).map((audience) => ({ name, audience, expected: fits.includes(audience) })),
  );

  it.each(audienceCases)("a $audience note on $name: $expected", async ({ name, audience, expected }) => {
    const a = AUDIENCES[audience];
    const classId = a.forClass ? classes[a.forClass] : null;
    const row = await db.document.findUniqueOrThrow({
      where: { id: ids[name]! },
      select: { visibility: true, publishedAt: true, ownerId: true, classId: true },
    });
    const inHand = audienceFits(row, { visibility: a.visibility, classId });
    const rows = await db.$queryRawUnsafe<{ fits: boolean }[]>(
      `SELECT ${audienceFitsSql("d", '$2::"AnnotationVisibility"', "$3")} AS fits FROM "Document" d WHERE d.id = $1`,
      ids[name],
      a.visibility,
      classId,
    );
    expect({ inHand, bySql: rows[0]!.fits }).toEqual({ inHand: expected, bySql: expected });
  });
});

type NoteViewer = "author" | "classmate" | "teacher" | "otherClass" | "stranger" | "anonymous";
const EVERYONE: NoteViewer[] = ["author", "classmate", "teacher", "otherClass", "stranger", "anonymous"];
const NOTES: Record<
  string,
  {
    visibility: "private" | "class" | "public";
    hidden?: boolean;
    onPrivateDocument?: boolean;
    onClassDocument?: boolean;
    seenBy: NoteViewer[];
  }
> = {
  private: { visibility: "private", seenBy: ["author"] },
  class: { visibility: "class", seenBy: ["author", "classmate", "teacher"] },
  "class, hidden by the teacher": { visibility: "class", hidden: true, seenBy: ["author", "teacher"] },
  public: { visibility: "public", seenBy: EVERYONE },
  "public, hidden": { visibility: "public", hidden: true, seenBy: ["author"] },
  "class, on the author's private document": { visibility: "class", onPrivateDocument: true, seenBy: ["author"] },
  "class, on the class's class-only text": { visibility: "class", onClassDocument: true, seenBy: ["author", "classmate", "teacher"] },
  "private, on the class's class-only text": { visibility: "private", onClassDocument: true, seenBy: ["author"] },
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
    const classText = await db.document.create({
      data: {
        slug: `agreement-class-${Date.now()}`,
        title: "Class text",
        source: "t",
        provenance: "t",
        licence: "t",
        ownerId: users.teacher,
        visibility: "class",
        classId,
      },
    });
    for (const [name, n] of Object.entries(NOTES)) {
      const created = await db.annotation.create({
        data: {
          documentId: n.onPrivateDocument ? own.id : n.onClassDocument ? classText.id : letter.id,
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
      include: { document: { select: { visibility: true, publishedAt: true, ownerId: true, classId: true } } },
    });
    const role =
      userId && note.classId
        ? ((await db.membership.findUnique({ where: { classId_userId: { classId: note.classId, userId } } }))?.role ?? null)
        : null;
    const inDocumentClass =
      !!userId &&
      !!note.document.classId &&
      !!(await db.membership.findUnique({ where: { classId_userId: { classId: note.document.classId, userId } } }));
    const inHand = canReadDocument(userId, note.document, inDocumentClass) && couldSee(userId, note, role);
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
