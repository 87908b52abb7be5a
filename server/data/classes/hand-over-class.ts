import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { takeWriteSlot } from "../limits/write-limits";
import { lockClass } from "./change-member-role";
import { requireTeacher } from "./membership";

/**
 * A teacher hands the class over to another member: that member becomes a teacher and the class's
 * creator of record (`Class.createdById`, which grants nothing by itself: every teacher membership
 * runs the class alike), and the caller becomes a student unless they keep teaching. They stay a
 * member either way, and may leave afterwards. 404 for non-members and unknown members, 403
 * (`class_teacher_only`) for students, 422 (`hand_over_to_self`) for oneself.
 */
export async function handOverClass(options: {
  userId: string;
  classId: string;
  memberId: string;
  keepTeaching: boolean;
}): Promise<{ id: string; role: "teacher"; createdById: string; yourRole: "teacher" | "student" }> {
  const { userId, classId, memberId } = options;
  await requireTeacher({ userId, classId });
  if (memberId === userId)
    throw new HttpError(422, "You already run this class: choose another member to hand it over to.", { code: "hand_over_to_self" });
  await takeWriteSlot(userId, "roles");
  return getDb().$transaction(async (tx) => {
    await lockClass(tx, classId);
    // Read again under the lock: a co-teacher may have made the caller a student meanwhile.
    await requireTeacher({ userId, classId, db: tx });
    const target = await tx.membership.findUnique({ where: { classId_userId: { classId, userId: memberId } }, select: { id: true } });
    if (!target) throw notFound("member_not_found", "This member");
    await tx.membership.update({ where: { id: target.id }, data: { role: "teacher" } });
    await tx.class.update({ where: { id: classId }, data: { createdById: memberId } });
    const yourRole = options.keepTeaching ? "teacher" : "student";
    await tx.membership.update({ where: { classId_userId: { classId, userId } }, data: { role: yourRole } });
    return { id: memberId, role: "teacher", createdById: memberId, yourRole };
  });
}
