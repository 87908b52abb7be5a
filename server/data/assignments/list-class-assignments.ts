import "server-only";
import { getDb } from "../../db";
import { requireMembership } from "../classes/membership";
import { assignmentInclude, toAssignmentView, type AssignmentView } from "./assignment-view";

/** A page of a class's assignments, soonest due first, for its members (404 otherwise). */
export async function listClassAssignments(options: {
  userId: string;
  classId: string;
  page: { skip: number; take: number };
}): Promise<AssignmentView[]> {
  await requireMembership(options);
  const rows = await getDb().assignment.findMany({
    where: { classId: options.classId },
    include: assignmentInclude,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    ...options.page,
  });
  return rows.map(toAssignmentView);
}
