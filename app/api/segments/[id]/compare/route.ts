// GET /api/segments/{id}/compare?a={translationId|versionId}&b=... - a grapheme-level diff of two renderings.
import { getCurrentUser } from "@/server/auth/current-user";
import { compareTranslations } from "@/server/data/translations/compare-translations";
import { apiRoute } from "@/server/http/api-route";
import { HttpError } from "@/server/http/errors";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const search = new URL(request.url).searchParams;
  const a = search.get("a");
  const b = search.get("b");
  if (!a || !b) throw new HttpError(400, "Name the two renderings to compare: ?a={translationId or versionId}&b=…");
  const user = await getCurrentUser();
  return Response.json(await compareTranslations({ userId: user?.id ?? null, segmentId: (await params).id, a, b }), { headers: { "Cache-Control": "private, no-store" } });
});
