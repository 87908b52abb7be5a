// DELETE /api/classes/{id}/members/{userId} - the teacher removes a member; a member removes themselves (leaves). `me` means the caller.
// PATCH  /api/classes/{id}/members/{userId} - { role: "teacher" | "student" }: a teacher promotes a member to co-teacher or makes a teacher a student -> { id, role }.
//   404 for non-members, 403 (class_teacher_only) for students, 422 (last_teacher_role) when the class would be left without a teacher.
import { changeMemberRoleSchema } from "@/lib/validation/classes";
import { requireUser } from "@/server/auth/current-user";
import { changeMemberRole } from "@/server/data/classes/change-member-role";
import { removeMember } from "@/server/data/classes/remove-member";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string; userId: string }> };

export const DELETE = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  const { id, userId } = await params;
  await removeMember({ userId: user.id, classId: id, memberId: userId === "me" ? user.id : userId });
  return new Response(null, { status: 204 });
});

export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const { role } = await readJsonAs(request, changeMemberRoleSchema, 1_000);
  const { id, userId } = await params;
  return Response.json(await changeMemberRole({ userId: user.id, classId: id, memberId: userId === "me" ? user.id : userId, role }));
});
