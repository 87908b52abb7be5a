import "server-only";
import type { UpdateAssignmentInput } from "@/lib/validation/assignments";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { takeWriteSlot } from "../limits/write-limits";
import { assignmentInclude, toAssignmentView, type AssignmentView } from "./assignment-view";
import { getAssignmentOrThrow } from "./get-assignment-or-throw";
import { resolvePrompts, resolveRange } from "./resolve-assignment-input";

/** The class's teacher changes an assignment; prompts, when given, replace the old ones. */
export async function updateAssignment(options: {
  userId: string;
  assignmentId: string;
  input: UpdateAssignmentInput;
}): Promise<AssignmentView> {
  const { input } = options;
  const { row } = await getAssignmentOrThrow({ ...options, teacher: true });
  const segments = row.document.segments;
  const range = input.range !== undefined ? resolveRange(segments, input.range) : { fromIndex: row.fromIndex, toIndex: row.toIndex };
  const opensAt = input.opensAt === undefined ? row.opensAt : (input.opensAt ?? row.createdAt);
  const dueAt = input.dueAt ?? row.dueAt;
  if (opensAt.getTime() >= dueAt.getTime())
    throw new HttpError(400, "The assignment must open before it is due.", {
      code: "invalid_fields",
      fieldErrors: { dueAt: ["The assignment must open before it is due."] },
    });
  const prompts = input.prompts !== undefined ? resolvePrompts(segments, input.prompts, range) : null;
  await takeWriteSlot(options.userId, "assignments");
  const e = input.expectations;
  const updated = await getDb().$transaction(async (tx) => {
    if (prompts) await tx.assignmentPrompt.deleteMany({ where: { assignmentId: row.id } });
    return tx.assignment.update({
      where: { id: row.id },
      data: {
        title: input.title,
        ...range,
        opensAt,
        dueAt,
        // A new due date earns a new reminder (server/data/notifications/remind-due-soon.ts).
        ...(dueAt.getTime() !== row.dueAt.getTime() ? { remindedAt: null } : {}),
        expectNotes: e?.notes,
        expectReplies: e?.replies,
        expectProposals: e?.proposals,
        expectVotes: e?.votes,
        classmatesAfterOwnPost: input.options?.classmatesAfterOwnPost,
        lockAfterDue: input.options?.lockAfterDue,
        latePolicy: input.options?.latePolicy,
        prompts: prompts ? { create: prompts } : undefined,
      },
      include: assignmentInclude,
    });
  });
  return toAssignmentView(updated);
}
