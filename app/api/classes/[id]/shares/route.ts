// GET /api/classes/{id}/shares[?limit&after] - a page of the links into the class, with its maker and whether it still works (teachers only).
import { requireUser } from "@/server/auth/current-user";
import { listClassShares } from "@/server/data/shares/list-class-shares";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const page = readPageQuery(request);
  const { items, next } = pageOf(await listClassShares({ userId: user.id, classId: (await params).id, page: pageWindow(page) }), page);
  return Response.json({ shares: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
