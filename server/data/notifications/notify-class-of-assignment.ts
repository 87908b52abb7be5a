/** Tells a class's students about a new assignment (its teachers set it, so they are not told). */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { notify } from "./notify";

export async function notifyClassOfAssignment(
  tx: Prisma.TransactionClient,
  options: {
    actorId: string;
    classId: string;
    assignment: { id: string; title: string };
    document: { slug: string; title: string };
  },
): Promise<number> {
  // One after another: an interactive transaction runs one statement at a time anyway.
  const klass = await tx.class.findUnique({ where: { id: options.classId }, select: { name: true } });
  const actor = await tx.user.findUnique({ where: { id: options.actorId }, select: { name: true } });
  const students = await tx.membership.findMany({ where: { classId: options.classId, role: "student" }, select: { userId: true } });
  return notify(tx, {
    kind: "assignment",
    actorId: options.actorId,
    recipients: students.map((s) => s.userId),
    payload: {
      actorName: actor?.name,
      assignmentId: options.assignment.id,
      assignmentTitle: options.assignment.title,
      classId: options.classId,
      className: klass?.name,
      documentSlug: options.document.slug,
      documentTitle: options.document.title,
    },
  });
}
