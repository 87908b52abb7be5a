import "server-only";
import { getDb } from "../../db";
import { takeWriteSlot } from "../limits/write-limits";
import { getAssignmentOrThrow } from "./get-assignment-or-throw";

/** The class's teacher deletes an assignment and its prompts; the notes written for it stay (they belong to their authors). */
export async function deleteAssignment(options: { userId: string; assignmentId: string }): Promise<void> {
  const { row } = await getAssignmentOrThrow({ ...options, teacher: true });
  await takeWriteSlot(options.userId, "assignments");
  await getDb().assignment.deleteMany({ where: { id: row.id } });
}
