import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { lockClass } from "./change-member-role";
import { requireMembership, teacherMembershipWhere } from "./membership";
import { isTeacher } from "@/lib/classes/roles";

/**
 * A member leaves (memberId = themselves), or a teacher removes a member. The last teacher
 * cannot leave: a class without one could not be run. Their notes stay with the class.
 */
export async function removeMember(options: { userId: string; classId: string; memberId: string }): Promise<void> {
  const { userId, classId, memberId } = options;
  const role = await requireMembership({ userId, classId });
  if (memberId !== userId && !isTeacher(role))
    throw new HttpError(403, "Only the class's teacher can remove members.", { code: "member_remove_teacher_only" });
  // Under the class's lock, like role changes: two teachers leaving at once cannot both be "not the last".
  await getDb().$transaction(async (tx) => {
    await lockClass(tx, classId);
    const target = await tx.membership.findUnique({
      where: { classId_userId: { classId, userId: memberId } },
      select: { id: true, role: true },
    });
    if (!target) throw notFound("member_not_found", "This member");
    if (isTeacher(target.role)) {
      const teachers = await tx.membership.count({ where: { classId, ...teacherMembershipWhere } });
      if (teachers <= 1)
        throw new HttpError(422, "A class needs its teacher: the last teacher cannot leave or be removed.", { code: "last_teacher" });
    }
    await tx.membership.delete({ where: { id: target.id } });
  });
}
