// POST /api/classes/{id}/code - the teacher rotates the join code -> { joinCode }.
import { requireUser } from "@/server/auth/current-user";
import { rotateJoinCode } from "@/server/data/classes/rotate-join-code";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  return Response.json(await rotateJoinCode({ userId: user.id, classId: (await params).id }));
});
