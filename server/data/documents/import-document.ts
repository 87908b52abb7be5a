import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { AlignedRow } from "@/lib/anchoring/align-letter";
import { languageOfScript } from "@/lib/script/script";
import type { ImportDocumentInput } from "@/lib/validation/document-import";
import type { Prisma } from "../../generated/prisma/client";
import { inPgTransaction } from "../../db";
import { HttpError } from "../../http/errors";
import { runTextJob } from "../../runtime/text-worker-pool";
import { requireClassTeacherForDocument } from "../classes/membership";

/**
 * The imported version's name, in the manner of the letter's own versions ("直譯 Close"): the
 * Chinese in the script of the text, then English, so that it reads in every interface language.
 */
export const importVersionName = (language: string) => (language === "zh-Hans" ? "导入译文 Imported" : "匯入譯文 Imported");

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
 * before any aligning. The worker also detects the script and hands back the rows as one JSON
 * string, which one statement stores (see ROWS_SQL): the server thread never handles a row.
 *
 * The Chinese is stored as written, and its version is tagged with its script (`zh-Hant` or
 * `zh-Hans`): the importer's choice, or, when they made none, the script detected from the text.
 */
export async function importDocument(options: { userId: string; input: ImportDocumentInput }): Promise<{ slug: string; rows: number }> {
  const { userId, input } = options;
  const classId = input.visibility === "class" ? input.classId! : null;
  if (classId) await requireClassTeacherForDocument({ userId, classId });
  const prepared = await runTextJob("prepareImport", { en: input.en, zh: input.zh, detectScript: !input.script });
  if ("refusal" in prepared)
    throw new HttpError(422, prepared.refusal.message, { code: prepared.refusal.code, ...prepared.refusal.values });
  if (prepared.rowCount === 0) throw new HttpError(422, "No sentences were found in the English text.", { code: "import_no_sentences" });
  const slug = importSlug(input.title);
  const today = new Date().toISOString().slice(0, 10);
  const language = languageOfScript(input.script ?? prepared.script ?? "hant");

  // On a pg connection of the pool, not through Prisma: its query engine runs on the server thread,
  // and compiling each statement with its parameters there held other requests for tens of
  // milliseconds at a time. Five statements, each a few hundred microseconds of this thread.
  await inPgTransaction(async (client) => {
    const documentId = randomUUID();
    await client.query(
      `INSERT INTO "Document" ("id", "slug", "title", "source", "provenance", "licence", "ownerId", "visibility", "classId", "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"DocumentVisibility", $9, NULL, CURRENT_TIMESTAMP)`,
      [
        documentId,
        slug,
        input.title,
        "Imported by its owner",
        `Imported on ${today}. Sentences were segmented and aligned automatically, then checked in the alignment editor.`,
        "As given by the person who imported it.",
        userId,
        input.visibility,
        classId,
      ],
    );
    const versionId = randomUUID();
    await client.query(
      `INSERT INTO "Version" ("id", "documentId", "name", "kind", "language", "attribution") VALUES ($1, $2, $3, 'import', $4, $5)`,
      [versionId, documentId, importVersionName(language), language, IMPORT_ATTRIBUTION],
    );
    await client.query(ROWS_SQL, [documentId, versionId, language, prepared.rowsJson]);
  });
  return { slug, rows: prepared.rowCount };
}

const IMPORT_ATTRIBUTION = "Pasted or uploaded with the English text by the person who imported it.";

/**
 * Stores a document's rows in one statement: $4 is the rows as a JSON array of
 * `{ paragraph, kind, en, zh }` in reading order, stored as segments of document $1 (numbered from
 * 0) and, where `zh` is not empty, their translations in version $2, language $3.
 *
 * One statement and one parameter: PostgreSQL reads the JSON, and the sender passes one string
 * (an import's is built in the text worker). The rows used to go as arrays, 250 rows a statement
 * through Prisma, whose query engine took tens of milliseconds of the server thread per statement.
 */
const ROWS_SQL = `
WITH input AS (
  SELECT r.*, (r.ord - 1)::int AS index
  FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (paragraph int, kind text, en text, zh text)) WITH ORDINALITY AS r(paragraph, kind, en, zh, ord)
), segment AS (
  INSERT INTO "Segment" ("id", "documentId", "index", "paragraph", "kind", "text")
  SELECT gen_random_uuid()::text, $1, i.index, i.paragraph, i.kind::"SegmentKind", i.en FROM input i
  RETURNING "id", "index"
)
INSERT INTO "Translation" ("id", "segmentId", "versionId", "kind", "language", "text", "updatedAt")
SELECT gen_random_uuid()::text, s."id", $2, 'published', $3, i.zh, CURRENT_TIMESTAMP
FROM segment s JOIN input i USING ("index")
WHERE i.zh <> ''`;

/**
 * Stores rows as segments and the imported version's translations (replacing none: the caller
 * clears), creating the imported version when the document has none. The translations take the
 * version's language.
 */
export async function writeRows(
  tx: Prisma.TransactionClient,
  documentId: string,
  rows: Pick<AlignedRow, "paragraph" | "kind" | "en" | "zh">[],
) {
  const select = { id: true, language: true } as const;
  const version =
    (await tx.version.findFirst({ where: { documentId, kind: "import" }, select })) ??
    (await tx.version.create({
      data: { documentId, name: importVersionName("zh-Hant"), kind: "import", language: "zh-Hant", attribution: IMPORT_ATTRIBUTION },
      select,
    }));
  const json = JSON.stringify(rows.map(({ paragraph, kind, en, zh }) => ({ paragraph, kind, en, zh })));
  await tx.$executeRawUnsafe(ROWS_SQL, documentId, version.id, version.language, json);
}
