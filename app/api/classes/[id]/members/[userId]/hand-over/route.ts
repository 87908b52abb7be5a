// POST /api/classes/{id}/members/{userId}/hand-over - { keepTeaching? }: a teacher hands the class over to that member, who
//   becomes a teacher and its creator of record; the caller becomes a student unless keepTeaching -> { id, role, createdById, yourRole }.
//   404 for non-members, 403 (class_teacher_only) for students, 422 (hand_over_to_self).
import { handOverClassSchema } from "@/lib/validation/classes";
import { requireUser } from "@/server/auth/current-user";
import { handOverClass } from "@/server/data/classes/hand-over-class";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string; userId: string }> }) => {
  const user = await requireUser();
  const { keepTeaching } = await readJsonAs(request, handOverClassSchema, 1_000);
  const { id, userId } = await params;
  return Response.json(await handOverClass({ userId: user.id, classId: id, memberId: userId, keepTeaching }));
});
