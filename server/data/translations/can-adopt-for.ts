import "server-only";
import { getDb } from "../../db";
import { teacherMembershipWhere } from "../classes/membership";

/**
 * Who may mark a rendering of a sentence as adopted. For scope "document": the document's owner
 * (the seeded letter has none, so nobody). For a class scope (a class id): a teacher of that class.
 */
export async function canAdoptFor(userId: string, segmentId: string, scope: string): Promise<boolean> {
  const db = getDb();
  if (scope === "document") {
    const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { document: { select: { ownerId: true } } } });
    return !!segment && segment.document.ownerId !== null && segment.document.ownerId === userId;
  }
  const teacher = await db.membership.findFirst({ where: { classId: scope, userId, ...teacherMembershipWhere }, select: { id: true } });
  return !!teacher;
}
