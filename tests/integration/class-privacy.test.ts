/**
 * What a class, its teacher and a document's owner may learn about writing they were not meant to
 * read, over HTTP against a running app on the suite's PostgreSQL (issue 14, findings 5, 12 and
 * the class-scope part of 13):
 * - a class note needs a document the class can read (public and published): on a private import
 *   or a draft it is refused, and class notes stored there before that rule (the rows below are
 *   written straight to the database, as older versions stored them) reach no class view, export
 *   or statistic;
 * - a document's owner counts, and learns the re-anchoring outcome of, only notes they may see;
 * - `?scope=<classId>` of a class the caller is not in answers exactly like a class that does not exist.
 * Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { codePointLength } from "../../lib/anchoring/code-points";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const LETTER = "openai-letter-2023";
/** Words only the private import has, so finding them anywhere in a teacher's view is a leak. */
const SECRET_SENTENCE = "My diary says the quartz zebra hides under the stairs.";
const LEGACY_NOTE = "Legacy class note on a private import";
const DRAFT_NOTE = "Legacy class note on a draft";
const PUBLIC_NOTE = "Class note on the public letter";

let app: AppProcess;
let teacher: HttpUser;
let student: HttpUser;
let classmate: HttpUser;
let outsider: HttpUser;
let owner: HttpUser;
let reader: HttpUser;
let anonymous: HttpUser;
let classA = "";
const docs = { privateSlug: "", privateSegment: "", draftSlug: "", draftSegment: "", publicSlug: "", publicSegment: "", publicText: "" };

interface Row {
  segmentId: string;
  kind: string;
  en: string;
}

/** Imports a letter as `who`; publishes it when asked. Returns its slug and its sentences. */
async function importLetter(who: HttpUser, en: string, visibility: "private" | "public", publish: boolean) {
  const response = await who.send("POST", "/api/documents", {
    title: `Letter ${visibility}`,
    en,
    zh: "親愛的同學：\n\n我們讀。我們寫。\n\n敬上\n某人",
    visibility,
  });
  expect(response.status).toBe(201);
  const { slug } = (await response.json()) as { slug: string };
  const rowsOf = async () => ((await (await who.fetch(`/api/documents/${slug}/alignment`)).json()) as { rows: Row[] }).rows;
  if (publish)
    expect((await who.send("PUT", `/api/documents/${slug}/alignment`, { rows: await rowsOf(), publish: true })).status).toBe(200);
  // Saving an alignment re-cuts the sentences: read their ids afterwards.
  return { slug, rows: await rowsOf() };
}

/** A target on `words` of an imported sentence. */
function targetOn(row: Row, words: string) {
  const start = codePointLength(row.en.slice(0, row.en.indexOf(words)));
  return { segmentId: row.segmentId, language: "en", selector: describeSpan(row.en, start, start + codePointLength(words)) };
}

/** Writes a private note on `words` of `row` as `who`; returns its id. */
async function writePrivateNote(who: HttpUser, document: string, row: Row, words: string, text: string): Promise<string> {
  const response = await who.send("POST", "/api/annotations", {
    document,
    target: targetOn(row, words),
    body: note(text),
    visibility: "private",
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A class note stored the way versions before this rule stored it (they accepted it over HTTP). */
async function storeLegacyClassNote(authorId: string, slug: string, segmentId: string, text: string, words: string) {
  const document = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const segment = await db.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { text: true } });
  const start = codePointLength(segment.text.slice(0, segment.text.indexOf(words)));
  const selector = describeSpan(segment.text, start, start + codePointLength(words));
  return db.annotation.create({
    data: {
      documentId: document.id,
      authorId,
      visibility: "class",
      classId: classA,
      motivation: "commenting",
      body: note(text),
      bodyText: text,
      targets: { create: [{ segmentId, language: "en", ...selector, textRevision: 1 }] },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "class-privacy-secret-0123456789abcdef" });
  [teacher, student, classmate, outsider, owner, reader] = (await Promise.all(
    ["Teacher", "Private Importer", "Classmate", "Outsider", "Document Owner", "Quiet Reader"].map((name) => signUp(app.baseUrl, name)),
  )) as [HttpUser, HttpUser, HttpUser, HttpUser, HttpUser, HttpUser];
  anonymous = new HttpUser(app.baseUrl);
  const a = (await (await teacher.send("POST", "/api/classes", { name: "Class A" })).json()) as { id: string; joinCode: string };
  classA = a.id;
  for (const member of [student, classmate])
    expect((await member.send("POST", "/api/classes/join", { code: a.joinCode })).status).toBe(201);
  const b = (await (await outsider.send("POST", "/api/classes", { name: "Class B" })).json()) as { id: string };
  expect(b.id).toBeTruthy();

  const privateLetter = await importLetter(
    student,
    `Dear diary,\n\n${SECRET_SENTENCE} Nobody else reads this.\n\nYours,\nMe`,
    "private",
    true,
  );
  const secret = privateLetter.rows.find((r) => r.en === SECRET_SENTENCE)!;
  Object.assign(docs, { privateSlug: privateLetter.slug, privateSegment: secret.segmentId });

  const draft = await importLetter(
    classmate,
    "Dear class,\n\nThis draft is not finished. It waits for its owner.\n\nBest,\nA classmate",
    "public",
    false,
  );
  Object.assign(docs, { draftSlug: draft.slug, draftSegment: draft.rows.find((r) => r.kind === "sentence")!.segmentId });

  const publicLetter = await importLetter(
    owner,
    "Dear readers,\n\nThe careful reader marks the quiet words and then we talk about them.\n\nRegards,\nThe owner",
    "public",
    true,
  );
  const sentence = publicLetter.rows.find((r) => r.en.startsWith("The careful reader"))!;
  Object.assign(docs, { publicSlug: publicLetter.slug, publicSegment: sentence.segmentId, publicText: sentence.en });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

describe("a class note needs a document the class can read", () => {
  it("refuses a class note on the author's private import and on a draft, with a code; a private note there is fine", async () => {
    const privateRow = { segmentId: docs.privateSegment, kind: "sentence", en: SECRET_SENTENCE };
    const draftText = (await db.segment.findUniqueOrThrow({ where: { id: docs.draftSegment } })).text;
    const draftRow = { segmentId: docs.draftSegment, kind: "sentence", en: draftText };
    const refusals = [
      { who: student, document: docs.privateSlug, target: targetOn(privateRow, "quartz zebra") },
      { who: classmate, document: docs.draftSlug, target: targetOn(draftRow, "draft") },
    ];
    for (const { who, document, target } of refusals) {
      const response = await who.send("POST", "/api/annotations", {
        document,
        target,
        body: note("For the class"),
        visibility: "class",
        classId: classA,
      });
      expect(response.status, document).toBe(422);
      expect(await response.json()).toMatchObject({ code: "class_note_on_private_document" });
    }

    const id = await writePrivateNote(student, docs.privateSlug, privateRow, "quartz zebra", "Only mine");
    // Nor can it become a class note afterwards.
    const moved = await student.send("PATCH", `/api/annotations/${id}`, { version: 1, visibility: "class", classId: classA });
    expect(moved.status).toBe(422);
    expect(await moved.json()).toMatchObject({ code: "class_note_on_private_document" });
    expect((await db.annotation.findUniqueOrThrow({ where: { id } })).visibility).toBe("private");
  });

  it("refuses a class proposal on a private import, and takes a private one", async () => {
    const proposal = (visibility: string) => ({
      segmentId: docs.privateSegment,
      text: "我的日記說斑馬躲在樓梯下。",
      visibility,
      ...(visibility === "class" ? { classId: classA } : {}),
    });
    const forClass = await student.send("POST", "/api/translations", proposal("class"));
    expect(forClass.status).toBe(422);
    expect(await forClass.json()).toMatchObject({ code: "class_proposal_on_private_document" });
    expect((await student.send("POST", "/api/translations", proposal("private"))).status).toBe(201);
  });

  it("still takes a class note on a public document", async () => {
    const response = await student.send("POST", "/api/annotations", {
      document: LETTER,
      target: englishTarget("s07", "competence"),
      body: note(PUBLIC_NOTE),
      visibility: "class",
      classId: classA,
    });
    expect(response.status).toBe(201);
  });
});

describe("class views go through the document rule", () => {
  let legacyId = "";
  let draftLegacyId = "";
  let publicNoteId = "";

  beforeAll(async () => {
    legacyId = (await storeLegacyClassNote(student.id, docs.privateSlug, docs.privateSegment, LEGACY_NOTE, "quartz zebra")).id;
    draftLegacyId = (await storeLegacyClassNote(classmate.id, docs.draftSlug, docs.draftSegment, DRAFT_NOTE, "draft")).id;
    const created = await student.send("POST", "/api/annotations", {
      document: LETTER,
      target: englishTarget("s07", "competence"),
      body: note(`${PUBLIC_NOTE} (views)`),
      visibility: "class",
      classId: classA,
    });
    publicNoteId = ((await created.json()) as { id: string }).id;
  });

  it("keeps class notes on a private import or a draft out of the teacher's JSON export", async () => {
    const { notes } = (await (await teacher.fetch(`/api/classes/${classA}/export.json`)).json()) as {
      notes: { id: string; quote: string; note: string }[];
    };
    const ids = notes.map((n) => n.id);
    expect(ids).toContain(publicNoteId);
    expect(ids).not.toContain(legacyId);
    expect(ids).not.toContain(draftLegacyId);
    expect(JSON.stringify(notes)).not.toContain("quartz zebra");
  });

  it("keeps them out of the teacher's CSV export", async () => {
    const csv = await (await teacher.fetch(`/api/classes/${classA}/export.csv`)).text();
    expect(csv).toContain(`${PUBLIC_NOTE} (views)`);
    for (const leak of [LEGACY_NOTE, DRAFT_NOTE, "quartz zebra", docs.privateSlug, docs.draftSlug]) expect(csv).not.toContain(leak);
  });

  it("keeps them out of the class page's sentence map and member counts", async () => {
    const page = await teacher.fetch(`/classes/${classA}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("competence"); // the public letter's sentence is on the map
    expect(html).not.toContain(SECRET_SENTENCE);
    expect(html).not.toContain("This draft is not finished");
    const notesOf = (name: string) =>
      // Cells carry data-label (the phone's card view): name, role, then the notes count.
      Number(new RegExp(`${name}(?:<!-- -->)?</td><td[^>]*>[^<]*</td><td[^>]*class="num"[^>]*>(\\d+)</td>`).exec(html)?.[1]);
    // The student's two class notes on the letter count; the one on their private import does not.
    expect(notesOf("Private Importer")).toBe(2);
    expect(notesOf("Classmate")).toBe(0);
  });
});

describe("an owner learns only about notes they may see", () => {
  let ownNoteId = "";

  beforeAll(async () => {
    const row = { segmentId: docs.publicSegment, kind: "sentence", en: docs.publicText };
    ownNoteId = await writePrivateNote(owner, docs.publicSlug, row, "careful", "Owner's own note");
    for (const words of ["quiet words", "then we talk"]) {
      const theirs = await reader.send("POST", "/api/annotations", {
        document: docs.publicSlug,
        target: targetOn(row, words),
        visibility: "private",
      });
      expect(theirs.status).toBe(201);
    }
  });

  it("counts only the notes the owner may see in the alignment answer", async () => {
    const alignment = (await (await owner.fetch(`/api/documents/${docs.publicSlug}/alignment`)).json()) as { annotationCount: number };
    expect(alignment.annotationCount).toBe(1);
  });

  it("reports re-anchoring only for the notes the owner may see", async () => {
    // "quiet words" is gone and "then we talk" moves: only the reader's private notes are affected.
    const edited = await owner.send("PATCH", `/api/segments/${docs.publicSegment}`, {
      text: "The careful reader marks every word and then we talk about them.",
    });
    expect(edited.status).toBe(200);
    const { reanchored } = (await edited.json()) as { reanchored: { exact: number; moved: number; fuzzy: number; orphaned: number } };
    // The owner's own note is reported; the reader's two are not (one moved, one lost its words).
    expect(reanchored.exact + reanchored.moved + reanchored.fuzzy + reanchored.orphaned).toBe(1);
    expect(reanchored.orphaned).toBe(0);
    // The reader's notes were re-anchored all the same.
    const theirs = await db.annotation.findMany({
      where: { document: { slug: docs.publicSlug }, authorId: reader.id },
      select: { orphan: true },
    });
    expect(theirs.map((n) => n.orphan).sort()).toEqual([false, true]);
    expect(ownNoteId).toBeTruthy();
  });
});

describe("?scope=<classId> answers a non-member like a class that does not exist", () => {
  const segment = `${LETTER}-s05`;
  const translationId = `${LETTER}-close-s05`;

  beforeAll(async () => {
    expect((await teacher.send("POST", `/api/segments/${segment}/adoption`, { translationId, scope: classA })).status).toBe(200);
  });

  const answer = async (who: HttpUser, path: string, init?: { method: string; body?: unknown }) => {
    const response = init ? await who.send(init.method, path, init.body) : await who.fetch(path);
    return { status: response.status, body: await response.text() };
  };

  it("lists a class's adoption to its members only", async () => {
    const member = (await (await student.fetch(`/api/segments/${segment}/translations?scope=${classA}`)).json()) as {
      translations: { id: string; adopted: boolean }[];
    };
    expect(member.translations.find((t) => t.id === translationId)?.adopted).toBe(true);
    for (const who of [outsider, anonymous]) {
      const real = await answer(who, `/api/segments/${segment}/translations?scope=${classA}`);
      const unknown = await answer(who, `/api/segments/${segment}/translations?scope=no-such-class`);
      expect(real.status).toBe(404);
      expect(real).toEqual(unknown);
    }
  });

  it("answers an adoption by a non-member like one for an unknown class", async () => {
    for (const method of ["POST", "DELETE"] as const) {
      const path = (scope: string) =>
        method === "POST" ? `/api/segments/${segment}/adoption` : `/api/segments/${segment}/adoption?scope=${scope}`;
      const body = (scope: string) => (method === "POST" ? { translationId, scope } : undefined);
      const real = await answer(outsider, path(classA), { method, body: body(classA) });
      const unknown = await answer(outsider, path("no-such-class"), { method, body: body("no-such-class") });
      expect(real.status).toBe(404);
      expect(real).toEqual(unknown);
    }
    // A student of the class sees the class but may not adopt for it.
    expect((await student.send("POST", `/api/segments/${segment}/adoption`, { translationId, scope: classA })).status).toBe(403);
  });
});
