// GET /api/documents[?limit&after] - the public documents, and a signed-in member's class-only ones, a page at a time (`next` for the rest).
// POST /api/documents - { title, en, zh, visibility }: import a letter as a draft to align; 201 { slug }.
//   422 (code too_many_sentences | sentence_counts_differ) before aligning when the counts are out
//   of bounds; 429 + Retry-After beyond IMPORTS_PER_HOUR; 503 (text_work_busy | text_work_timeout).
import { importDocumentSchema, MAX_IMPORT_BYTES, MAX_IMPORT_TEXT } from "@/lib/validation/document-import";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { importDocument } from "@/server/data/documents/import-document";
import { takeImportSlot } from "@/server/data/documents/import-limit";
import { listDocuments } from "@/server/data/documents/list-documents";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";
import { HttpError, validationError } from "@/server/http/errors";
import { readJson } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const page = readPageQuery(request);
  const user = await getCurrentUser();
  const { items, next } = pageOf(await listDocuments({ userId: user?.id ?? null }, pageWindow(page)), page);
  // What a signed-in member sees differs from the public list: never cached for others.
  return Response.json({ documents: items, next }, user ? { headers: { "Cache-Control": "private, no-store" } } : undefined);
});

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const body = await readJson(request, MAX_IMPORT_BYTES);
  for (const field of ["en", "zh"] as const) {
    const text = (body as Record<string, unknown> | null)?.[field];
    if (typeof text === "string" && text.length > MAX_IMPORT_TEXT) {
      throw new HttpError(
        413,
        `The ${field === "en" ? "English" : "Chinese"} text is longer than ${MAX_IMPORT_TEXT.toLocaleString("en")} characters: split it into several documents.`,
        { code: "import_text_too_long", max: MAX_IMPORT_TEXT },
      );
    }
  }
  const parsed = importDocumentSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, parsed.error.issues[0]?.message);
  // Counted once the body is valid, before any segmenting or aligning: every attempt that costs work.
  await takeImportSlot(user.id);
  const { slug, rows } = await importDocument({ userId: user.id, input: parsed.data });
  return Response.json({ slug, rows, alignUrl: `/documents/${encodeURIComponent(slug)}/align` }, { status: 201 });
});
