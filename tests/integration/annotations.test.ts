/**
 * Annotation data access against the real database: who sees and changes what, selector checks,
 * note allow-list, idempotent retries and concurrent edits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotationSchema, type CreateAnnotationInput } from "../../lib/validation/annotation";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { changeReply } from "../../server/data/annotations/change-reply";
import { createReply } from "../../server/data/annotations/create-reply";
import { deleteAnnotation } from "../../server/data/annotations/delete-annotation";
import { getAnnotationOrThrow } from "../../server/data/annotations/get-annotation";
import { listAnnotations } from "../../server/data/annotations/list-annotations";
import { updateAnnotation } from "../../server/data/annotations/update-annotation";
import { chineseTarget, createClassWith, createUser, englishTarget, note } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const DOC = "openai-letter-2023";
let alice: { id: string };
let bob: { id: string };
beforeAll(async () => {
  alice = await createUser(db, "Alice");
  bob = await createUser(db, "Bob");
});

const input = (fields: Partial<Record<string, unknown>>): CreateAnnotationInput =>
  createAnnotationSchema.parse({ document: DOC, target: englishTarget("s07", "competence"), visibility: "private", ...fields });
const create = async (userId: string, fields: Partial<Record<string, unknown>> = {}, idempotencyKey?: string) =>
  (await createAnnotation({ userId, input: input(fields), idempotencyKey })).body as {
    id: string;
    version: number;
    targets: unknown[];
    mine: boolean;
  };
const ids = async (userId: string | null) => (await listAnnotations({ userId, documentSlug: DOC })).map((a) => a.id);

describe("who sees and changes an annotation", () => {
  it("keeps a private note to its author", async () => {
    const mine = await create(alice.id, { body: note("Private thought") });
    expect(await ids(alice.id)).toContain(mine.id);
    expect(await ids(bob.id)).not.toContain(mine.id);
    expect(await ids(null)).not.toContain(mine.id);
    await expect(getAnnotationOrThrow({ userId: bob.id, id: mine.id })).rejects.toMatchObject({ status: 404 });
    await expect(getAnnotationOrThrow({ userId: null, id: mine.id })).rejects.toMatchObject({ status: 404 });
    await expect(updateAnnotation({ userId: bob.id, id: mine.id, input: { version: 1, color: "green" } })).rejects.toMatchObject({
      status: 404,
    });
    await expect(deleteAnnotation({ userId: bob.id, id: mine.id })).rejects.toMatchObject({ status: 404 });
    await expect(createReply({ userId: bob.id, annotationId: mine.id, body: note("hi") })).rejects.toMatchObject({ status: 404 });
  });

  it("shows a public note to everyone, lets others reply, and only its author change it", async () => {
    const shared = await create(alice.id, { body: note("Public thought"), visibility: "public", tags: ["#tone", "tone", "register"] });
    expect(await ids(bob.id)).toContain(shared.id);
    expect(await ids(null)).toContain(shared.id);
    const viewed = await getAnnotationOrThrow({ userId: bob.id, id: shared.id });
    expect(viewed).toMatchObject({ mine: false, tags: ["tone", "register"], author: { name: "Alice" } });
    await expect(updateAnnotation({ userId: bob.id, id: shared.id, input: { version: 1, body: note("mine now") } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(deleteAnnotation({ userId: bob.id, id: shared.id })).rejects.toMatchObject({ status: 403 });

    const reply = await createReply({ userId: bob.id, annotationId: shared.id, body: note("I agree") });
    expect((await getAnnotationOrThrow({ userId: alice.id, id: shared.id })).replies).toEqual([
      expect.objectContaining({ id: reply.id, bodyText: "I agree", mine: false }),
    ]);
  });

  it("lets only a reply's author edit or delete it", async () => {
    const shared = await create(alice.id, { body: note("Thread"), visibility: "public" });
    const reply = await createReply({ userId: bob.id, annotationId: shared.id, body: note("First thought") });
    await expect(
      changeReply({ userId: alice.id, annotationId: shared.id, replyId: reply.id, body: note("Not mine") }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(changeReply({ userId: bob.id, annotationId: shared.id, replyId: "no-such-reply", body: note("x") })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(changeReply({ userId: bob.id, annotationId: shared.id, replyId: reply.id, body: note("  ") })).rejects.toMatchObject({
      status: 422,
    });
    const edited = await changeReply({ userId: bob.id, annotationId: shared.id, replyId: reply.id, body: note("Second thought") });
    expect(edited.bodyText).toBe("Second thought");
    expect((await getAnnotationOrThrow({ userId: alice.id, id: shared.id })).replies.map((r) => r.bodyText)).toEqual(["Second thought"]);
    await changeReply({ userId: bob.id, annotationId: shared.id, replyId: reply.id, body: null });
    expect((await getAnnotationOrThrow({ userId: alice.id, id: shared.id })).replies).toEqual([]);
    await expect(changeReply({ userId: bob.id, annotationId: shared.id, replyId: reply.id, body: null })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("deletes one's own note for everyone", async () => {
    const gone = await create(alice.id, { visibility: "public" });
    await deleteAnnotation({ userId: alice.id, id: gone.id });
    expect(await ids(alice.id)).not.toContain(gone.id);
    await expect(getAnnotationOrThrow({ userId: alice.id, id: gone.id })).rejects.toMatchObject({ status: 404 });
  });

  it("hides notes on a private document from everyone but its owner", async () => {
    const slug = `private-notes-${Date.now()}`;
    const document = await db.document.create({
      data: {
        slug,
        title: "Draft",
        source: "t",
        provenance: "t",
        licence: "t",
        ownerId: alice.id,
        visibility: "private",
        segments: { create: { id: `${slug}-s0`, index: 0, paragraph: 0, text: "Hello there." } },
      },
    });
    const created = await createAnnotation({
      userId: alice.id,
      input: createAnnotationSchema.parse({
        document: slug,
        target: { segmentId: `${slug}-s0`, language: "en", selector: { exact: "Hello", prefix: "", suffix: " there.", start: 0, end: 5 } },
        visibility: "public",
      }),
    });
    expect(created.status).toBe(201);
    await expect(listAnnotations({ userId: bob.id, documentSlug: slug })).rejects.toMatchObject({ status: 404 });
    await expect(
      createAnnotation({
        userId: bob.id,
        input: createAnnotationSchema.parse({
          document: slug,
          target: { segmentId: `${slug}-s0`, language: "en", selector: { exact: "Hello", start: 0, end: 5 } },
          visibility: "private",
        }),
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(document.id).toBeTruthy();
  });
});

describe("anchors", () => {
  it("stores English and Chinese spans, and pairs of them, with their selectors", async () => {
    const zh = await create(alice.id, { target: chineseTarget("s07", "監督 OpenAI") });
    expect(zh.targets).toEqual([
      expect.objectContaining({
        language: "zh-Hant",
        versionId: "openai-letter-2023-close",
        selector: expect.objectContaining({ exact: "監督 OpenAI" }),
      }),
    ]);
    const paired = await create(alice.id, {
      target: undefined,
      targets: [englishTarget("s07", "oversee OpenAI"), chineseTarget("s07", "監督 OpenAI")],
    });
    expect(paired.targets).toHaveLength(2);
  });

  it("refuses selectors that do not describe the text, and targets outside the document", async () => {
    const good = englishTarget("s07", "competence");
    const bad = (target: unknown) => createAnnotation({ userId: alice.id, input: input({ target }) });
    await expect(bad({ ...good, selector: { ...good.selector, exact: "confidence" } })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("exact"),
    });
    await expect(bad({ ...good, selector: { ...good.selector, prefix: "the lack of " } })).rejects.toMatchObject({ status: 422 });
    await expect(bad({ ...good, selector: { ...good.selector, start: 0, end: 999 } })).rejects.toMatchObject({ status: 422 });
    await expect(bad({ ...good, segmentId: "no-such-segment" })).rejects.toMatchObject({ status: 422 });
    await expect(bad({ ...chineseTarget("s07", "監督"), versionId: undefined })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("versionId"),
    });
    await expect(
      bad(chineseTarget("s01", "OpenAI", { id: "openai-letter-2023-huxiu", name: "", texts: { s01: "OpenAI" } } as never)),
    ).rejects.toMatchObject({ status: 422 });
    // An English selector sent against the Chinese text does not match it.
    await expect(bad({ ...good, language: "zh-Hant", versionId: "openai-letter-2023-close" })).rejects.toMatchObject({ status: 422 });
    await expect(
      createAnnotation({ userId: alice.id, input: input({ target: undefined, targets: [good, englishTarget("s07", "oversee")] }) }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe("texts cached per instance", () => {
  it("checks selectors against the text of record after an edit, and answers 404 before any 422 on a document one may not see", async () => {
    const slug = `edited-${Date.now()}`;
    const segmentId = `${slug}-s0`;
    await db.document.create({
      data: {
        slug,
        title: "Edited",
        source: "t",
        provenance: "t",
        licence: "t",
        ownerId: alice.id,
        visibility: "private",
        segments: { create: { id: segmentId, index: 0, paragraph: 0, text: "Hello there." } },
      },
    });
    const on = (exact: string, start: number, userId = alice.id) =>
      createAnnotation({
        userId,
        input: createAnnotationSchema.parse({
          document: slug,
          target: { segmentId, language: "en", selector: { exact, start, end: start + [...exact].length } },
          visibility: "private",
        }),
      });
    expect((await on("Hello", 0)).status).toBe(201); // the text is now cached
    await db.segment.update({ where: { id: segmentId }, data: { text: "Goodbye there.", revision: 2 } });
    const created = await on("Goodbye", 0);
    expect(created.status).toBe(201);
    expect(
      await db.annotationTarget.findFirst({
        where: { annotationId: (created.body as { id: string }).id },
        select: { exact: true, textRevision: true },
      }),
    ).toEqual({ exact: "Goodbye", textRevision: 2 });
    await expect(on("Hello", 0)).rejects.toMatchObject({ status: 422 });
    // Someone who may not see the document learns nothing about its text.
    await expect(on("Hello", 0, bob.id)).rejects.toMatchObject({ status: 404 });
    await expect(on("Goodbye", 0, bob.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("note bodies", () => {
  it("refuses content outside the allow-list, keeping the message actionable", async () => {
    const hostile = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }] }],
        },
      ],
    };
    await expect(create(alice.id, { body: hostile })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/link/i) });
    await expect(create(alice.id, { body: { type: "doc", content: [{ type: "script", text: "x" }] } })).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      createReply({ userId: bob.id, annotationId: (await create(alice.id, { visibility: "public" })).id, body: note("   ") }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("stores text that looks like markup as plain text", async () => {
    const created = await create(alice.id, { body: note("<script>alert(1)</script> <img src=x onerror=alert(1)>") });
    const stored = await getAnnotationOrThrow({ userId: alice.id, id: created.id });
    expect(stored.bodyText).toBe("<script>alert(1)</script> <img src=x onerror=alert(1)>");
  });
});

describe("retries and concurrent edits", () => {
  it("answers a retried create with the first result and stores it once", async () => {
    const key = `retry-${Date.now()}`;
    const fields = { body: note("Saved once") };
    const first = await createAnnotation({ userId: alice.id, input: input(fields), idempotencyKey: key });
    const retry = await createAnnotation({ userId: alice.id, input: input(fields), idempotencyKey: key });
    expect(first.replayed).toBe(false);
    expect(retry).toMatchObject({ status: 201, replayed: true });
    expect((retry.body as { id: string }).id).toBe((first.body as { id: string }).id);
    expect(await db.annotation.count({ where: { authorId: alice.id, bodyText: "Saved once" } })).toBe(1);
    await expect(
      createAnnotation({ userId: alice.id, input: input({ body: note("Something else") }), idempotencyKey: key }),
    ).rejects.toMatchObject({ status: 422 });
    // Keys belong to their user: another user's same key is another request.
    expect((await createAnnotation({ userId: bob.id, input: input(fields), idempotencyKey: key })).replayed).toBe(false);
  });

  it("stores one annotation when the same key arrives ten times at once", async () => {
    const key = `burst-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => createAnnotation({ userId: alice.id, input: input({ body: note("Burst") }), idempotencyKey: key })),
    );
    expect(new Set(results.map((r) => (r.body as { id: string }).id)).size).toBe(1);
    expect(await db.annotation.count({ where: { authorId: alice.id, bodyText: "Burst" } })).toBe(1);
  });

  it("stores notes that arrive together in one commit, each with its own author, checks and answer", async () => {
    const writers = [alice, bob, await createUser(db, "Carol"), await createUser(db, "Dan")];
    const tag = `together-${Date.now()}`;
    // One note each first, so the caches are warm and the burst below reaches the database in one turn.
    await Promise.all(writers.map((w) => create(w.id, { body: note(`${tag} warm`) })));
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createAnnotation({ userId: writers[i % 4]!.id, input: input({ body: note(`${tag} ${i}`) }) }).then(
          (r) => r.body as { id: string; author: { id: string }; bodyText: string; createdAt: string },
        ),
      ),
    );
    burst.forEach((answer, i) => expect(answer).toMatchObject({ author: { id: writers[i % 4]!.id }, bodyText: `${tag} ${i}` }));
    const stored = await db.annotation.findMany({ where: { bodyText: { startsWith: `${tag} ` }, NOT: { bodyText: `${tag} warm` } } });
    expect(stored.map((a) => [a.id, a.authorId, a.bodyText]).sort()).toEqual(burst.map((a) => [a.id, a.author.id, a.bodyText]).sort());
    expect(await db.liveEvent.count({ where: { annotationId: { in: burst.map((a) => a.id) } } })).toBe(12);
    // Shared commits share the database's clock: twelve notes did not take twelve commits.
    expect(new Set(burst.map((a) => a.createdAt)).size).toBeLessThan(12);
  });

  it("refuses one note of a batch without losing the others: a failed check, and a failed statement", async () => {
    const tag = `one-fails-${Date.now()}`;
    await create(alice.id, { body: note(`${tag} warm`) });
    const target = englishTarget("s07", "competence");
    const results = await Promise.allSettled([
      createAnnotation({ userId: alice.id, input: input({ body: note(`${tag} a`) }) }),
      // An author who does not exist: the statement itself fails (a foreign key), and the batch is tried note by note.
      createAnnotation({ userId: "no-such-user", input: input({ body: note(`${tag} ghost`), visibility: "public" }) }),
      createAnnotation({ userId: bob.id, input: input({ body: note(`${tag} b`) }) }),
      createAnnotation({
        userId: alice.id,
        input: input({ body: note(`${tag} c`), target: { ...target, selector: { ...target.selector, exact: "not these words" } } }),
      }),
      createAnnotation({ userId: bob.id, input: input({ body: note(`${tag} d`) }) }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "rejected", "fulfilled"]);
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ status: 422 });
    const stored = await db.annotation.findMany({ where: { bodyText: { startsWith: `${tag} ` } }, select: { bodyText: true } });
    expect(stored.map((a) => a.bodyText).sort()).toEqual([`${tag} a`, `${tag} b`, `${tag} d`, `${tag} warm`]);
  });

  it("accepts one of two edits made from the same version and refuses the other with 409", async () => {
    const created = await create(alice.id, { body: note("v1") });
    const outcomes = await Promise.allSettled([
      updateAnnotation({ userId: alice.id, id: created.id, input: { version: 1, body: note("edit A") } }),
      updateAnnotation({ userId: alice.id, id: created.id, input: { version: 1, body: note("edit B") } }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    const now = await getAnnotationOrThrow({ userId: alice.id, id: created.id });
    expect(now.version).toBe(2);
    expect(["edit A", "edit B"]).toContain(now.bodyText);
  });
});

describe("a list reads its notes in one statement", () => {
  it("shows each note exactly as reading it alone does: teacher badges, pairs, tags, replies in order, deleted replies gone", async () => {
    const teacher = await createUser(db, "Teacher");
    const student = await createUser(db, "Student");
    const classId = await createClassWith(db, "Reading group", teacher, [student]);
    const classNote = await create(teacher.id, {
      body: note("Look at the register"),
      visibility: "class",
      classId,
      target: undefined,
      targets: [englishTarget("s07", "oversee OpenAI"), chineseTarget("s07", "監督 OpenAI")],
      tags: ["register"],
      motivation: "questioning",
      color: "blue",
    });
    const first = await createReply({ userId: student.id, annotationId: classNote.id, body: note("Formal?") });
    const gone = await createReply({ userId: student.id, annotationId: classNote.id, body: note("Never mind") });
    await createReply({ userId: teacher.id, annotationId: classNote.id, body: note("Yes, formal.") });
    await changeReply({ userId: student.id, annotationId: classNote.id, replyId: gone.id, body: null });
    const highlight = await create(student.id, { visibility: "public" });

    for (const viewer of [student.id, teacher.id]) {
      const listed = await listAnnotations({ userId: viewer, documentSlug: DOC });
      for (const id of [classNote.id, highlight.id])
        expect(listed.find((a) => a.id === id)).toEqual(await getAnnotationOrThrow({ userId: viewer, id }));
    }
    const seen = (await listAnnotations({ userId: student.id, documentSlug: DOC })).find((a) => a.id === classNote.id)!;
    expect(seen.author).toEqual({ id: teacher.id, name: "Teacher", teacher: true });
    expect(seen.replies.map((r) => [r.bodyText, r.author.teacher ?? false])).toEqual([
      ["Formal?", false],
      ["Yes, formal.", true],
    ]);
    expect(seen.replies[0]!.id).toBe(first.id);
    expect(seen.targets.map((t) => t.versionId)).toEqual(expect.arrayContaining([null, expect.any(String)]));
    expect(seen.tags).toEqual(["register"]);
  });
});
