import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { requireMembership } from "./membership";

/**
 * A member leaves (memberId = themselves), or the teacher removes a member. The last teacher
 * cannot leave: a class without one could not be run. Their notes stay with the class.
 */
export async function removeMember(options: { userId: string; classId: string; memberId: string }): Promise<void> {
  const { userId, classId, memberId } = options;
  const role = await requireMembership({ userId, classId });
  if (memberId !== userId && role !== "teacher")
    throw new HttpError(403, "Only the class's teacher can remove members.", { code: "member_remove_teacher_only" });
  const db = getDb();
  const target = await db.membership.findUnique({
    where: { classId_userId: { classId, userId: memberId } },
    select: { id: true, role: true },
  });
  if (!target) throw notFound("member_not_found", "This member");
  if (target.role === "teacher") {
    const teachers = await db.membership.count({ where: { classId, role: "teacher" } });
    if (teachers <= 1)
      throw new HttpError(422, "A class needs its teacher: the last teacher cannot leave or be removed.", { code: "last_teacher" });
  }
  await db.membership.delete({ where: { id: target.id } });
}
