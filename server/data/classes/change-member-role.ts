import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { takeWriteSlot } from "../limits/write-limits";
import { requireTeacher, teacherMembershipWhere, type ClassRole } from "./membership";
import { isTeacher } from "@/lib/classes/roles";

/**
 * A teacher makes a member a teacher (a co-teacher, with every teacher's power: there is no
 * "main" teacher) or makes a teacher a student, themselves included, as long as the class keeps a
 * teacher. 404 for non-members and unknown members, 403 (`class_teacher_only`) for students.
 */
export async function changeMemberRole(options: {
  userId: string;
  classId: string;
  memberId: string;
  role: ClassRole;
}): Promise<{ id: string; role: ClassRole }> {
  const { userId, classId, memberId, role } = options;
  await requireTeacher({ userId, classId });
  await takeWriteSlot(userId, "roles");
  return getDb().$transaction(async (tx) => {
    await lockClass(tx, classId);
    // Read again under the lock: a co-teacher may have made the caller a student meanwhile.
    await requireTeacher({ userId, classId, db: tx });
    const target = await tx.membership.findUnique({
      where: { classId_userId: { classId, userId: memberId } },
      select: { id: true, role: true },
    });
    if (!target) throw notFound("member_not_found", "This member");
    if (target.role === role) return { id: memberId, role };
    if (isTeacher(target.role)) await requireAnotherTeacher(tx, classId);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    return { id: memberId, role };
  });
}

/**
 * Role changes, hand-overs, leaving and account deletion of one class queue on its row, so two
 * teachers demoting each other at once cannot both see "another teacher remains".
 */
export async function lockClass(tx: Prisma.TransactionClient, classId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Class" WHERE id = ${classId} FOR UPDATE`;
}

export async function requireAnotherTeacher(tx: Prisma.TransactionClient, classId: string): Promise<void> {
  const teachers = await tx.membership.count({ where: { classId, ...teacherMembershipWhere } });
  if (teachers <= 1)
    throw new HttpError(422, "A class needs a teacher: make another member a teacher first, or hand the class over.", {
      code: "last_teacher_role",
    });
}
