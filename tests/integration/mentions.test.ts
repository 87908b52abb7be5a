/**
 * @mentions against the real database (issue 16.2): a class member mentioned in a class note or
 * reply gets exactly one `mention` notification, however often the note is edited; the stored
 * label is the member's name from the server; a non-member, a forged id, or anyone mentioned in a
 * private or public note is told nothing and named by nothing but text; the member search answers
 * members only, to members only (404 otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { memberSearchQuerySchema } from "../../lib/validation/member-search";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { changeReply } from "../../server/data/annotations/change-reply";
import { updateAnnotation } from "../../server/data/annotations/update-annotation";
import { searchClassMembers } from "../../server/data/classes/search-class-members";
import { listNotifications } from "../../server/data/notifications/list-notifications";
import { createClassWith, createUser, englishTarget } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const DOC = "openai-letter-2023";
let ann: { id: string };
let bea: { id: string };
let cal: { id: string };
let outsider: { id: string };
let classId = "";

beforeAll(async () => {
  ann = await createUser(db, "Ann");
  bea = await createUser(db, "Bea Mentioned");
  cal = await createUser(db, "Cal");
  outsider = await createUser(db, "Outsider");
  classId = await createClassWith(db, "Mentions", cal, [ann, bea]);
});

type Body = { type: "doc"; content: { type: "paragraph"; content: Record<string, unknown>[] }[] };
const mention = (id: string, label: string) => ({ type: "mention", attrs: { id, label } });
const body = (...inline: Record<string, unknown>[]): Body => ({ type: "doc", content: [{ type: "paragraph", content: inline }] });
const text = (value: string) => ({ type: "text", text: value });

const write = async (userId: string, visibility: "private" | "public" | "class", content: Body) =>
  (
    await createAnnotation({
      userId,
      input: createAnnotationSchema.parse({
        document: DOC,
        target: englishTarget("s07", "competence"),
        visibility,
        ...(visibility === "class" ? { classId } : {}),
        body: content,
      }),
    })
  ).body as { id: string; body: Body; bodyText: string; version: number };

const mentionsOf = async (userId: string, annotationId: string) =>
  (await listNotifications({ userId, page: { limit: 100, after: 0 } })).items.filter(
    (n) => n.kind === "mention" && n.annotationId === annotationId,
  );

describe("mentions in a class note", () => {
  it("tell the member mentioned exactly once, with the note and text to link to, and store the member's own name", async () => {
    const n = await write(
      ann.id,
      "class",
      body(text("Ask "), mention(bea.id, "forged <b>label</b>"), text(" and "), mention(bea.id, "again")),
    );
    expect(await mentionsOf(bea.id, n.id)).toEqual([
      expect.objectContaining({ kind: "mention", read: false, actorName: "Ann", documentSlug: DOC, annotationId: n.id }),
    ]);
    expect(n.body.content[0]!.content[1]).toEqual(mention(bea.id, "Bea Mentioned"));
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: n.id }, select: { body: true, bodyText: true } });
    expect(stored.bodyText).toBe("Ask @Bea Mentioned and @Bea Mentioned");
    expect(JSON.stringify(stored.body)).not.toContain("forged");
    // The writer is never told about their own note.
    expect(await mentionsOf(ann.id, n.id)).toEqual([]);
  });

  it("tell nobody again when the note is edited, and tell someone newly mentioned once", async () => {
    const n = await write(ann.id, "class", body(mention(bea.id, "Bea")));
    const edited = await updateAnnotation({
      userId: ann.id,
      id: n.id,
      input: { version: n.version, body: body(mention(bea.id, "Bea"), text(" and "), mention(cal.id, "Cal")) },
    });
    await updateAnnotation({
      userId: ann.id,
      id: n.id,
      input: { version: edited.version, body: body(mention(cal.id, "Cal"), mention(bea.id, "B")) },
    });
    expect(await mentionsOf(bea.id, n.id)).toHaveLength(1);
    expect(await mentionsOf(cal.id, n.id)).toHaveLength(1);
  });

  it("leave a non-member or a forged id as plain text that tells and names nobody", async () => {
    const n = await write(ann.id, "class", body(mention(outsider.id, "Outsider"), text(" "), mention("cm-not-a-user", "Ghost")));
    expect(await mentionsOf(outsider.id, n.id)).toEqual([]);
    expect(n.body).toEqual(body(text(`@Outsider`), text(" "), text("@Ghost")));
    expect(await db.notification.count({ where: { kind: "mention", payload: { path: ["annotationId"], equals: n.id } } })).toBe(0);
  });
});

describe("a class note taken out of its class", () => {
  it("names nobody of the class any more: its mentions become text", async () => {
    const n = await write(ann.id, "class", body(text("Ask "), mention(bea.id, "Bea")));
    const moved = await updateAnnotation({ userId: ann.id, id: n.id, input: { version: n.version, visibility: "public" } });
    expect(moved.body).toEqual(body(text("Ask "), text("@Bea Mentioned")));
    expect(moved.bodyText).toBe("Ask @Bea Mentioned");
    expect(await mentionsOf(bea.id, n.id)).toHaveLength(1);
  });
});

describe("mentions outside a class", () => {
  it("in a private or a public note tell nobody, even a classmate", async () => {
    for (const visibility of ["private", "public"] as const) {
      const n = await write(ann.id, visibility, body(mention(bea.id, "Bea")));
      expect(await mentionsOf(bea.id, n.id)).toEqual([]);
      expect(n.body).toEqual(body(text("@Bea")));
    }
  });
});

describe("mentions in replies", () => {
  it("tell a member mentioned in a reply once, not again on edit, and not on top of the reply notification", async () => {
    const n = await write(cal.id, "class", body(text("A question")));
    const r = await createReply({ userId: ann.id, annotationId: n.id, body: body(mention(bea.id, "Bea"), mention(cal.id, "Cal")) });
    await changeReply({ userId: ann.id, annotationId: n.id, replyId: r.id, body: body(text("Still "), mention(bea.id, "Bea")) });
    const toBea = await mentionsOf(bea.id, n.id);
    expect(toBea).toEqual([expect.objectContaining({ replyId: r.id, actorName: "Ann" })]);
    // Cal wrote the note, so he is told of the reply, and not told a second time that it mentions him.
    expect(await mentionsOf(cal.id, n.id)).toEqual([]);
    const toCal = await listNotifications({ userId: cal.id, page: { limit: 100, after: 0 } });
    expect(toCal.items.filter((i) => i.annotationId === n.id)).toEqual([expect.objectContaining({ kind: "reply" })]);
  });
});

describe("the member search", () => {
  const query = (q: string) => memberSearchQuerySchema.parse({ q });

  it("finds members of the caller's class by name, never the caller, never outsiders", async () => {
    expect(await searchClassMembers({ userId: ann.id, classId, query: query("bea") })).toEqual([
      { id: bea.id, name: "Bea Mentioned", role: "student" },
    ]);
    const everyone = await searchClassMembers({ userId: ann.id, classId, query: query("") });
    expect(everyone.map((m) => m.id).sort()).toEqual([bea.id, cal.id].sort());
    expect(await searchClassMembers({ userId: ann.id, classId, query: query("outsider") })).toEqual([]);
    // A % is a character to match, not a wildcard.
    expect(await searchClassMembers({ userId: ann.id, classId, query: query("%") })).toEqual([]);
    expect(await searchClassMembers({ userId: ann.id, classId, query: query("B_a") })).toEqual([]);
    expect(await searchClassMembers({ userId: ann.id, classId, query: query("\\") })).toEqual([]);
  });

  it("answers 404 to someone outside the class, and for a class that does not exist", async () => {
    await expect(searchClassMembers({ userId: outsider.id, classId, query: query("") })).rejects.toMatchObject({
      status: 404,
      details: { code: "class_not_found" },
    });
    await expect(searchClassMembers({ userId: ann.id, classId: "no-such-class", query: query("") })).rejects.toMatchObject({
      status: 404,
    });
  });
});
