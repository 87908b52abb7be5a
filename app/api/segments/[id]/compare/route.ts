// GET /api/segments/{id}/compare?a={translationId|versionId}&b=... - a grapheme-level diff of two renderings.
import { compareQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { compareTranslations } from "@/server/data/translations/compare-translations";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { a, b } = readQuery(request, compareQuerySchema);
  const user = await getCurrentUser();
  return Response.json(await compareTranslations({ userId: user?.id ?? null, segmentId: (await params).id, a, b }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
