// GET /api/classes/{id} - the class and its members, for members (404 otherwise).
import { requireUser } from "@/server/auth/current-user";
import { getClassOrThrow } from "@/server/data/classes/get-class";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  return Response.json(await getClassOrThrow({ userId: user.id, classId: (await params).id }), { headers: { "Cache-Control": "private, no-store" } });
});
