// GET /api/segments/{id}/translations - every rendering of one sentence the caller may see, with votes and adoption.
import { getCurrentUser } from "@/server/auth/current-user";
import { listSegmentTranslations } from "@/server/data/translations/list-segment-translations";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  const scope = new URL(request.url).searchParams.get("scope") ?? "document";
  const translations = await listSegmentTranslations({ userId: user?.id ?? null, segmentId: (await params).id, scope });
  return Response.json({ translations }, { headers: { "Cache-Control": "private, no-store" } });
});
