import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { AlignedRow } from "@/lib/anchoring/align-letter";
import { languageOfScript } from "@/lib/script/script";
import type { ImportDocumentInput } from "@/lib/validation/document-import";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { runTextJob } from "../../runtime/text-worker-pool";
import { requireClassTeacherForDocument } from "../classes/membership";

export const IMPORT_VERSION_NAME = "Imported translation";

/** A readable, unguessable slug: the title's Latin words and a random tail. */
export function importSlug(title: string): string {
  const base = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    // After the line above no two dashes are adjacent, so one dash at either end is all there is
    // to trim (`-+$` would re-read a run from every position).
    .replace(/^-|-$/g, "")
    .slice(0, 48)
    .replace(/-$/, "");
  return `${base || "letter"}-${randomBytes(4).toString("hex")}`;
}

/**
 * Imports a letter as a draft owned by `userId`: segments the two texts, aligns them, and stores the
 * English segments with one imported Chinese version. The draft is seen only by its owner, in the
 * alignment editor, until it is published.
 *
 * Segmenting and aligning run in a worker thread (a 5,000-sentence letter takes a second or two),
 * and sentence counts beyond the limits (lib/validation/import-limits.ts) are refused with 422
 * before any aligning.
 *
 * The Chinese is stored as written, and its version is tagged with its script (`zh-Hant` or
 * `zh-Hans`): the importer's choice, or, when they made none, the script detected from the text.
 */
export async function importDocument(options: { userId: string; input: ImportDocumentInput }): Promise<{ slug: string; rows: number }> {
  const { userId, input } = options;
  const classId = input.visibility === "class" ? input.classId! : null;
  if (classId) await requireClassTeacherForDocument({ userId, classId });
  const aligned = await runTextJob("alignImport", { en: input.en, zh: input.zh });
  if ("refusal" in aligned) throw new HttpError(422, aligned.refusal.message, { code: aligned.refusal.code, ...aligned.refusal.values });
  const { rows } = aligned;
  if (rows.length === 0) throw new HttpError(422, "No sentences were found in the English text.", { code: "import_no_sentences" });
  const slug = importSlug(input.title);
  const today = new Date().toISOString().slice(0, 10);
  // Detection loads OpenCC's tables (about a second, once): only when the importer did not say.
  const detected = input.script ? null : (await import("@/lib/script/detect-script")).detectScript(input.zh).script;
  const language = languageOfScript(input.script ?? detected ?? "hant");

  await getDb().$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          slug,
          title: input.title,
          source: "Imported by its owner",
          provenance: `Imported on ${today}. Sentences were segmented and aligned automatically, then checked in the alignment editor.`,
          licence: "As given by the person who imported it.",
          ownerId: userId,
          visibility: input.visibility,
          classId,
          publishedAt: null,
        },
        select: { id: true },
      });
      await writeRows(tx, document.id, rows, language);
    },
    { timeout: 60_000 },
  );
  return { slug, rows: rows.length };
}

/**
 * Stores rows as segments and the imported version's translations (replacing none: the caller
 * clears). The translations take the version's language; `language` is used only when the version
 * is created here.
 */
export async function writeRows(
  tx: Prisma.TransactionClient,
  documentId: string,
  rows: Pick<AlignedRow, "paragraph" | "kind" | "en" | "zh">[],
  language: "zh-Hant" | "zh-Hans" = "zh-Hant",
) {
  const version = await tx.version.upsert({
    where: { documentId_name: { documentId, name: IMPORT_VERSION_NAME } },
    create: {
      documentId,
      name: IMPORT_VERSION_NAME,
      kind: "import",
      language,
      attribution: "Pasted or uploaded with the English text by the person who imported it.",
    },
    update: {},
    select: { id: true, language: true },
  });
  // INSERT … unnest with the rows as arrays, WRITE_BATCH rows a statement: the query engine handles
  // a statement's parameters on the server thread, in time that grows with them. One createMany of
  // 5,000 rows held the thread for seconds, one unnest of 5,000 for about a second (health checks
  // waited); a batch takes a few tens of milliseconds, and other requests are served between.
  const ids = rows.map(() => randomUUID());
  for (let at = 0; at < rows.length; at += WRITE_BATCH) {
    const batch = rows.slice(at, at + WRITE_BATCH);
    await tx.$executeRaw`
      INSERT INTO "Segment" ("id", "documentId", "index", "paragraph", "kind", "text")
      SELECT r.id, ${documentId}, (${at}::int + r.ord - 1)::int, r.paragraph, r.kind::"SegmentKind", r.text
      FROM unnest(${ids.slice(at, at + WRITE_BATCH)}::text[], ${batch.map((row) => row.paragraph)}::int[], ${batch.map((row) => row.kind)}::text[], ${batch.map((row) => row.en)}::text[])
        WITH ORDINALITY AS r(id, paragraph, kind, text, ord)`;
  }
  const translated = rows.flatMap((row, i) => (row.zh ? [{ id: randomUUID(), segmentId: ids[i]!, text: row.zh }] : []));
  for (let at = 0; at < translated.length; at += WRITE_BATCH) {
    const batch = translated.slice(at, at + WRITE_BATCH);
    await tx.$executeRaw`
      INSERT INTO "Translation" ("id", "segmentId", "versionId", "kind", "language", "text", "updatedAt")
      SELECT r.id, r.segment_id, ${version.id}, 'published', ${version.language}, r.text, CURRENT_TIMESTAMP
      FROM unnest(${batch.map((t) => t.id)}::text[], ${batch.map((t) => t.segmentId)}::text[], ${batch.map((t) => t.text)}::text[]) AS r(id, segment_id, text)`;
  }
}

/** Rows per INSERT when storing a document's rows (see writeRows). */
export const WRITE_BATCH = 250;
