// GET /api/classes/{id}/shares - every link into the class, with its maker and whether it still works (teachers only).
import { requireUser } from "@/server/auth/current-user";
import { listClassShares } from "@/server/data/shares/list-class-shares";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const shares = await listClassShares({ userId: user.id, classId: (await params).id });
  return Response.json({ shares }, { headers: { "Cache-Control": "private, no-store" } });
});
