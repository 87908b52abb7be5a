import "server-only";
import type { CreateAssignmentInput } from "@/lib/validation/assignments";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { requireTeacher } from "../classes/membership";
import { requireAudienceFits } from "../classes/class-readable";
import { visibleDocumentsWhere } from "../documents/visibility";
import { notifyClassOfAssignment } from "../notifications/notify-class-of-assignment";
import { takeWriteSlot } from "../limits/write-limits";
import { assignmentInclude, toAssignmentView, type AssignmentView } from "./assignment-view";
import { resolvePrompts, resolveRange } from "./resolve-assignment-input";

/**
 * A teacher sets an assignment for their class (students 403, others 404). The text must be one the
 * class can read (public and published, or a class-only import of this class: the rule for
 * everything written "for the class"), so a private import or another class's text is refused with
 * 422 like a class note on it; the teacher must be able to read it too.
 */
export async function createAssignment(options: {
  userId: string;
  classId: string;
  input: CreateAssignmentInput;
}): Promise<AssignmentView> {
  const { userId, classId, input } = options;
  await requireTeacher({ userId, classId });
  const db = getDb();
  const document = await db.document.findFirst({
    where: { slug: input.document, ...visibleDocumentsWhere({ userId }) },
    select: {
      id: true,
      slug: true,
      title: true,
      visibility: true,
      publishedAt: true,
      ownerId: true,
      classId: true,
      segments: { select: { id: true, index: true, kind: true }, orderBy: { index: "asc" } },
    },
  });
  if (!document) throw notFound("document_not_found", `Document "${input.document}"`);
  requireAudienceFits("note", document, { visibility: "class", classId });
  const range = resolveRange(document.segments, input.range);
  const prompts = resolvePrompts(document.segments, input.prompts, range);
  await takeWriteSlot(userId, "assignments");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.assignment.create({
      data: {
        classId,
        documentId: document.id,
        title: input.title,
        ...range,
        opensAt: input.opensAt ?? new Date(),
        dueAt: input.dueAt,
        expectNotes: input.expectations.notes ?? 0,
        expectReplies: input.expectations.replies ?? 0,
        expectProposals: input.expectations.proposals ?? 0,
        expectVotes: input.expectations.votes ?? 0,
        classmatesAfterOwnPost: input.options?.classmatesAfterOwnPost ?? false,
        lockAfterDue: input.options?.lockAfterDue ?? false,
        latePolicy: input.options?.latePolicy ?? "mark_late",
        createdById: userId,
        prompts: { create: prompts },
      },
      include: assignmentInclude,
    });
    await notifyClassOfAssignment(tx, { actorId: userId, classId, assignment: created, document });
    return created;
  });
  return toAssignmentView(row);
}
