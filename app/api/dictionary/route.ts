// GET /api/dictionary?q={word} - a Chinese word's pinyin, 注音 and senses, or an English word's Chinese glosses (CC-CEDICT).
import { dictionaryQuerySchema } from "@/lib/validation/queries";
import { lookupWord } from "@/server/data/dictionary/lookup-word";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { q } = readQuery(request, dictionaryQuerySchema);
  // The same answer for everyone: browsers may keep it for a day.
  return Response.json(await lookupWord({ q }), { headers: { "Cache-Control": "public, max-age=86400" } });
});
