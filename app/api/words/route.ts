// POST /api/words - save a word with its sentence to My words -> 201 { id, word, reading, meaning, sentence, source, createdAt }.
// GET  /api/words[?limit&after] - the caller's saved words, newest first, a page at a time (`next` for the rest).
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { saveWordSchema } from "@/lib/validation/words";
import { requireUser } from "@/server/auth/current-user";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { listSavedWords, saveWord } from "@/server/data/words/saved-words";
import { apiRoute } from "@/server/http/api-route";
import { readPageQuery } from "@/server/http/page-query";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, saveWordSchema, 16 * 1024);
  await takeWriteSlot(user.id, "words");
  return Response.json(await saveWord({ userId: user.id, input }), { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const page = readPageQuery(request);
  const { items, next } = pageOf(await listSavedWords({ userId: user.id, page: pageWindow(page) }), page);
  return Response.json({ words: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
