// GET /api/segments/{id}/translations?scope=[&limit&after] - the renderings of one sentence the caller may see (a page: 100 by default,
//     500 at most, `next` for the rest), with votes and adoption, and whether the caller may adopt.
import { scopeQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { canAdoptFor } from "@/server/data/translations/can-adopt-for";
import { listSegmentTranslations } from "@/server/data/translations/list-segment-translations";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { scope } = readQuery(request, scopeQuerySchema);
  const user = await getCurrentUser();
  const segmentId = (await params).id;
  const page = readPageQuery(request);
  // Sorted in reading order after reading (published versions first), so paged here; one sentence's
  // renderings are few (each person may keep 20 proposals for it, lib/limits.ts).
  const all = await listSegmentTranslations({ userId: user?.id ?? null, segmentId, scope });
  const { items: translations, next } = pageOf(all.slice(page.after, page.after + page.limit + 1), page);
  // Whether the caller may mark one of these adopted for this scope, so the panel offers the button.
  const canAdopt = user ? await canAdoptFor(user.id, segmentId, scope) : false;
  return Response.json({ translations, next, scope, canAdopt }, { headers: { "Cache-Control": "private, no-store" } });
});
