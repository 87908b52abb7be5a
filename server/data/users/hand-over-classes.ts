/**
 * Before an account is deleted: every class it teaches keeps a teacher. If the class has another
 * teacher, nothing changes. Otherwise its longest-standing member becomes its teacher: students
 * already know that person, teacher-only work (the join code, removing members, hiding notes,
 * exports) can go on, and a class never needs a "read-only" state that every class write would
 * have to check. A class with no other member is deleted when nobody else wrote in it, and kept
 * (memberless, for its authors' notes) when someone did.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { isTeacher, TEACHER_ROLE } from "@/lib/classes/roles";
import { teacherMembershipWhere } from "../classes/membership";

export async function handOverClasses(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const taught = await tx.membership.findMany({ where: { userId, ...teacherMembershipWhere }, select: { classId: true } });
  for (const { classId } of taught) {
    // Teachers sort before students (the enum's order), then the earliest to join.
    const successor = await tx.membership.findFirst({
      where: { classId, userId: { not: userId } },
      orderBy: [{ role: "asc" }, { joinedAt: "asc" }, { id: "asc" }],
      select: { id: true, role: true },
    });
    if (successor) {
      if (!isTeacher(successor.role)) await tx.membership.update({ where: { id: successor.id }, data: { role: TEACHER_ROLE } });
    } else if (!(await othersWroteInClass(tx, { classId, userId }))) {
      await tx.class.delete({ where: { id: classId } });
    }
  }
}

async function othersWroteInClass(
  tx: Prisma.TransactionClient,
  { classId, userId }: { classId: string; userId: string },
): Promise<boolean> {
  const others = { not: userId };
  const [notes, replies, proposals, shares] = await Promise.all([
    tx.annotation.count({ where: { classId, authorId: others, deletedAt: null } }),
    tx.reply.count({ where: { annotation: { classId }, authorId: others, deletedAt: null } }),
    tx.translation.count({ where: { classId, kind: "proposal", authorId: others, withdrawnAt: null } }),
    tx.share.count({ where: { classId, ownerId: others, revokedAt: null } }),
  ]);
  return notes + replies + proposals + shares > 0;
}
