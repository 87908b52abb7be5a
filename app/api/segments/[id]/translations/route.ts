// GET /api/segments/{id}/translations?scope= - every rendering of one sentence the caller may see, with votes and adoption, and whether the caller may adopt.
import { scopeQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { canAdoptFor } from "@/server/data/translations/can-adopt-for";
import { listSegmentTranslations } from "@/server/data/translations/list-segment-translations";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { scope } = readQuery(request, scopeQuerySchema);
  const user = await getCurrentUser();
  const segmentId = (await params).id;
  const translations = await listSegmentTranslations({ userId: user?.id ?? null, segmentId, scope });
  // Whether the caller may mark one of these adopted for this scope, so the panel offers the button.
  const canAdopt = user ? await canAdoptFor(user.id, segmentId, scope) : false;
  return Response.json({ translations, scope, canAdopt }, { headers: { "Cache-Control": "private, no-store" } });
});
