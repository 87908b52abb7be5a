/**
 * Importing a letter, aligning and publishing it, correcting its text with notes on it, and the
 * Markdown study sheet, against the real database.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { codePointLength } from "../../lib/anchoring/code-points";
import { renderStudySheet } from "../../lib/export/study-sheet-markdown";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { importDocumentSchema } from "../../lib/validation/document-import";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { getAnnotationOrThrow } from "../../server/data/annotations/get-annotation";
import { listAnnotations } from "../../server/data/annotations/list-annotations";
import { reattachTarget } from "../../server/data/annotations/reattach-target";
import { getAlignment } from "../../server/data/documents/get-alignment";
import { getDocument } from "../../server/data/documents/get-document";
import { importDocument } from "../../server/data/documents/import-document";
import { listDocuments } from "../../server/data/documents/list-documents";
import { saveAlignment } from "../../server/data/documents/save-alignment";
import { updateSegmentText } from "../../server/data/documents/update-segment-text";
import { updateTranslationText } from "../../server/data/documents/update-translation-text";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db, url } = connectTestDatabase();

/** Waits until `count` other sessions are blocked on a lock. */
async function waitForLockWaiters(client: pg.Client, count: number) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if (rows[0].n >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${count} sessions never waited on the lock`);
}
afterAll(() => db.$disconnect());

const EN = `Dear Board,

The vote was held at 5 p.m. on Friday. Dr. Chen counted 312 votes for the plan. The board resigned.

We thank you. The board met again later.

Sincerely,
The Staff`;
const ZH = `親愛的董事會：

投票於週五下午5點舉行。陳博士為該計畫點算了312票。董事會辭職了。

我們感謝你們。董事會後來再次開會。

此致
全體員工`;

let alice: { id: string };
let bob: { id: string };
beforeAll(async () => {
  alice = await createUser(db, "Alice");
  bob = await createUser(db, "Bob");
});

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function importAndPublish(visibility: "private" | "public" = "private") {
  const { slug } = await importDocument({
    userId: alice.id,
    input: importDocumentSchema.parse({ title: "Staff letter", en: EN, zh: ZH, visibility }),
  });
  const alignment = await getAlignment({ userId: alice.id, slug });
  await saveAlignment({ userId: alice.id, slug, rows: alignment.rows, publish: true });
  return { slug, alignment: await getAlignment({ userId: alice.id, slug }) };
}

/** Alice's note on `words` of row `row`. */
async function noteOn(slug: string, segmentId: string, text: string, words: string, body = "A note") {
  const start = codePointLength(text.slice(0, text.indexOf(words)));
  const selector = describeSpan(text, start, start + codePointLength(words));
  const created = await createAnnotation({
    userId: alice.id,
    input: createAnnotationSchema.parse({
      document: slug,
      target: { segmentId, language: "en", selector },
      body: note(body),
      visibility: "public",
    }),
  });
  return (created.body as { id: string }).id;
}

describe("importing a letter", () => {
  it("creates a draft seen only by its owner, aligned row by row", async () => {
    const { slug } = await importDocument({
      userId: alice.id,
      input: importDocumentSchema.parse({ title: "  Staff letter  ", en: EN, zh: ZH, visibility: "public" }),
    });
    expect(slug).toMatch(/^staff-letter-[0-9a-f]{8}$/);
    const alignment = await getAlignment({ userId: alice.id, slug });
    expect(alignment).toMatchObject({ title: "Staff letter", published: false, visibility: "public" });
    expect(alignment.rows.map((r) => [r.kind, r.en, r.zh])).toEqual([
      ["salutation", "Dear Board,", "親愛的董事會："],
      ["sentence", "The vote was held at 5 p.m. on Friday.", "投票於週五下午5點舉行。"],
      ["sentence", "Dr. Chen counted 312 votes for the plan.", "陳博士為該計畫點算了312票。"],
      ["sentence", "The board resigned.", "董事會辭職了。"],
      ["sentence", "We thank you.", "我們感謝你們。"],
      ["sentence", "The board met again later.", "董事會後來再次開會。"],
      ["signoff", "Sincerely,", "此致"],
      ["signoff", "The Staff", "全體員工"],
    ]);
    const version = await db.version.findFirstOrThrow({ where: { document: { slug } } });
    // Named as the letter's own versions are, so it reads in every interface language.
    expect(version).toMatchObject({ kind: "import", name: "匯入譯文 Imported" });

    // A public draft is still its owner's only.
    expect(await getDocument({ slug, userId: bob.id })).toBeNull();
    expect(await getDocument({ slug, userId: null })).toBeNull();
    expect((await listDocuments({ userId: null })).map((d) => d.slug)).not.toContain(slug);
    expect(await getDocument({ slug, userId: alice.id })).not.toBeNull();
    await expect(getAlignment({ userId: bob.id, slug })).rejects.toMatchObject({ status: 404 });
    await expect(saveAlignment({ userId: bob.id, slug, rows: alignment.rows, publish: true })).rejects.toMatchObject({ status: 404 });

    // Fixing the alignment (merging two rows) and publishing makes it public.
    const rows = alignment.rows.map(({ paragraph, kind, en, zh }) => ({ paragraph, kind, en, zh }));
    rows.splice(4, 2, { ...rows[4]!, en: `${rows[4]!.en} ${rows[5]!.en}`, zh: rows[4]!.zh + rows[5]!.zh });
    await saveAlignment({ userId: alice.id, slug, rows, publish: true });
    const published = await getDocument({ slug, userId: null });
    expect(published?.segments.map((s) => s.text)).toContain("We thank you. The board met again later.");
    expect(published?.segments).toHaveLength(7);
    expect((await listDocuments({ userId: null })).map((d) => d.slug)).toContain(slug);
    await expect(saveAlignment({ userId: alice.id, slug, rows, publish: true })).rejects.toMatchObject({ status: 409 });
  });

  it("keeps a private import from everyone but its owner after publishing", async () => {
    const { slug } = await importAndPublish("private");
    expect(await getDocument({ slug, userId: bob.id })).toBeNull();
    expect(await getDocument({ slug, userId: null })).toBeNull();
    expect(await getDocument({ slug, userId: alice.id })).not.toBeNull();
  });

  it("refuses empty and oversized input with a message", () => {
    const empty = importDocumentSchema.safeParse({ title: "x", en: "   ", zh: "你好。" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toMatch(/English text is empty/);
    expect(importDocumentSchema.safeParse({ title: "", en: "Hi.", zh: "你好。" }).success).toBe(false);
    expect(importDocumentSchema.safeParse({ title: "x", en: "a".repeat(200_001), zh: "你好。" }).error?.issues[0]?.message).toMatch(
      /longer than 200,000/,
    );
  });
});

describe("editing a sentence re-anchors its notes", () => {
  it("re-anchors many long quotes on a long sentence (in a text worker) with the same results", { timeout: 60_000 }, async () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
    const en = `${words}.`;
    const { slug } = await importDocument({
      userId: alice.id,
      input: importDocumentSchema.parse({ title: "Long sentence", en, zh: "很長的句子。" }),
    });
    const alignment = await getAlignment({ userId: alice.id, slug });
    await saveAlignment({ userId: alice.id, slug, rows: alignment.rows, publish: true });
    const row = (await getAlignment({ userId: alice.id, slug })).rows[0]!;
    const quotes = [0, 100, 200, 300, 400].map((from) => Array.from({ length: 60 }, (_, i) => `word${from + i}`).join(" "));
    const ids = [];
    for (const quote of quotes) ids.push(await noteOn(slug, row.segmentId, row.en, quote));
    // One letter changed inside every quote: only the fuzzy search finds them (5 × ~420 × ~3,900 code points of work).
    const edited = row.en.replace(/word(\d*)50 /g, "wort$150 ");
    const result = await updateSegmentText({ userId: alice.id, segmentId: row.segmentId, text: edited });
    expect(result.reanchored).toEqual({ exact: 0, moved: 0, fuzzy: 5, orphaned: 0 });
    for (const [k, id] of ids.entries()) {
      const annotation = await getAnnotationOrThrow({ userId: alice.id, id });
      expect(annotation.orphan).toBe(false);
      expect(annotation.targets[0]!.selector.exact).toBe(quotes[k]!.replace(/word(\d*)50 /g, "wort$150 "));
    }
  });

  it("follows the words when text is inserted before them", async () => {
    const { slug, alignment } = await importAndPublish();
    const row = alignment.rows[2]!; // Dr. Chen counted 312 votes for the plan.
    const id = await noteOn(slug, row.segmentId, row.en, "312 votes");
    const result = await updateSegmentText({
      userId: alice.id,
      segmentId: row.segmentId,
      text: "Late that night, Dr. Chen counted 312 votes for the plan.",
    });
    expect(result).toMatchObject({ revision: 2, reanchored: { moved: 1, orphaned: 0 } });
    const annotation = await getAnnotationOrThrow({ userId: alice.id, id });
    expect(annotation.orphan).toBe(false);
    expect(annotation.targets[0]).toMatchObject({ segmentId: row.segmentId, selector: { exact: "312 votes", start: 34, end: 43 } });
    const target = await db.annotationTarget.findFirstOrThrow({ where: { annotationId: id } });
    expect(target.textRevision).toBe(2);
  });

  it("marks a note orphan when its words are deleted, never moving it to a look-alike sentence, and lets its author re-attach it", async () => {
    const { slug, alignment } = await importAndPublish();
    const resigned = alignment.rows[3]!; // The board resigned.
    const lookAlike = alignment.rows[5]!; // The board met again later.
    const id = await noteOn(slug, resigned.segmentId, resigned.en, "The board");
    await updateSegmentText({ userId: alice.id, segmentId: resigned.segmentId, text: "Everyone resigned." });
    const orphan = await getAnnotationOrThrow({ userId: alice.id, id });
    expect(orphan.orphan).toBe(true);
    expect(orphan.targets).toEqual([
      expect.objectContaining({ segmentId: resigned.segmentId, selector: expect.objectContaining({ exact: "The board" }) }),
    ]);
    expect(await db.annotation.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null });
    expect(await db.annotationTarget.count({ where: { annotationId: id, segmentId: lookAlike.segmentId } })).toBe(0);

    // Others may not edit the text, nor re-attach the note.
    await expect(updateSegmentText({ userId: bob.id, segmentId: resigned.segmentId, text: "Hacked." })).rejects.toMatchObject({
      status: 404,
    });
    const target = { segmentId: lookAlike.segmentId, language: "en", selector: describeSpan(lookAlike.en, 0, 9) };
    await expect(reattachTarget({ userId: bob.id, id, target })).rejects.toMatchObject({ status: 404 }); // a private document
    await expect(
      reattachTarget({ userId: alice.id, id, target: { ...target, selector: { ...target.selector, exact: "nope" } } }),
    ).rejects.toMatchObject({ status: 422 });
    const reattached = await reattachTarget({ userId: alice.id, id, target });
    expect(reattached).toMatchObject({
      orphan: false,
      targets: [expect.objectContaining({ segmentId: lookAlike.segmentId, selector: expect.objectContaining({ exact: "The board" }) })],
    });
  });

  it("re-anchors notes on a translation edit, for the owner only", async () => {
    const { slug, alignment } = await importAndPublish();
    const row = alignment.rows[3]!;
    const start = codePointLength(row.zh.slice(0, row.zh.indexOf("辭職")));
    const created = await createAnnotation({
      userId: alice.id,
      input: createAnnotationSchema.parse({
        document: slug,
        target: {
          segmentId: row.segmentId,
          language: "zh-Hant",
          versionId: (await db.version.findFirstOrThrow({ where: { document: { slug } } })).id,
          selector: describeSpan(row.zh, start, start + 2),
        },
        visibility: "private",
      }),
    });
    const id = (created.body as { id: string }).id;
    await expect(updateTranslationText({ userId: bob.id, slug, translationId: row.translationId!, text: "x" })).rejects.toMatchObject({
      status: 404,
    });
    const result = await updateTranslationText({ userId: alice.id, slug, translationId: row.translationId!, text: "整個董事會都辭職了。" });
    expect(result.reanchored).toMatchObject({ moved: 1 });
    expect((await getAnnotationOrThrow({ userId: alice.id, id })).targets[0]!.selector).toMatchObject({ exact: "辭職", start: 6, end: 8 });
  });

  it("gives two edits racing on one sentence their own revisions, the later edit's text winning", async () => {
    // A note's text check compares revisions, so one revision must never name two texts.
    const { alignment } = await importAndPublish();
    const row = alignment.rows[5]!;
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // Hold the sentence's row so both edits start before either can write.
      await holder.query("BEGIN");
      await holder.query(`UPDATE "Segment" SET revision = revision WHERE id = $1`, [row.segmentId]);
      const first = updateSegmentText({ userId: alice.id, segmentId: row.segmentId, text: "The board met once more." });
      const second = updateSegmentText({ userId: alice.id, segmentId: row.segmentId, text: "The board never met again." });
      await waitForLockWaiters(holder, 2);
      await holder.query("COMMIT");
      const results = await Promise.all([first, second]);
      expect(results.map((r) => r.revision).sort()).toEqual([2, 3]);
      const last = results.find((r) => r.revision === 3)!;
      expect(await db.segment.findUniqueOrThrow({ where: { id: row.segmentId } })).toMatchObject({ revision: 3, text: last.text });
    } finally {
      await holder.end();
    }
  });

  it("cannot edit the seeded letter, which has no owner", async () => {
    await expect(updateSegmentText({ userId: alice.id, segmentId: "openai-letter-2023-s01", text: "Changed." })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("the Markdown study sheet", () => {
  it("lists each sentence with its translation, the caller's notes and replies, escaped", async () => {
    const { slug, alignment } = await importAndPublish("public");
    const row = alignment.rows[2]!;
    const id = await noteOn(slug, row.segmentId, row.en, "312 votes", "Is *312* right? # check");
    await createReply({ userId: bob.id, annotationId: id, body: note("Yes, counted twice.") });
    const document = (await getDocument({ slug, userId: bob.id }))!;
    const markdown = renderStudySheet(
      document,
      document.versions[0]!,
      await listAnnotations({ userId: bob.id, documentSlug: slug }),
      new Date("2026-11-28"),
    );
    expect(markdown).toContain("# Staff letter\n");
    expect(markdown).toContain("- Translation: 匯入譯文 Imported");
    expect(markdown).toContain("Dr. Chen counted 312 votes for the plan.\n\n> 陳博士為該計畫點算了312票。");
    expect(markdown).toContain("- “312 votes” — Alice\n  Is \\*312\\* right? \\# check\n  - Reply from Bob:\n    Yes, counted twice.");
    expect(markdown).toContain("## ¶ 1\n\nDear Board,\n\n> 親愛的董事會：");
  });
});
