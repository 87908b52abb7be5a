// DELETE /api/classes/{id}/shares/{shareId} - a teacher revokes any link into the class -> 204.
import { requireUser } from "@/server/auth/current-user";
import { revokeClassShare } from "@/server/data/shares/revoke-class-share";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(async (_request, { params }: { params: Promise<{ id: string; shareId: string }> }) => {
  const user = await requireUser();
  const { id, shareId } = await params;
  await revokeClassShare({ userId: user.id, classId: id, shareId });
  return new Response(null, { status: 204 });
});
