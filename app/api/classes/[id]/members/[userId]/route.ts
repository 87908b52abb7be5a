// DELETE /api/classes/{id}/members/{userId} - the teacher removes a member; a member removes themselves (leaves). `me` means the caller.
import { requireUser } from "@/server/auth/current-user";
import { removeMember } from "@/server/data/classes/remove-member";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(async (_request, { params }: { params: Promise<{ id: string; userId: string }> }) => {
  const user = await requireUser();
  const { id, userId } = await params;
  await removeMember({ userId: user.id, classId: id, memberId: userId === "me" ? user.id : userId });
  return new Response(null, { status: 204 });
});
