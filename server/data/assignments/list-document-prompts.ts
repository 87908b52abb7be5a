import "server-only";
import { getDb } from "../../db";
import { readableDocumentIdOrThrow } from "../documents/readable-document-id";
import { teachesClassWhere } from "../classes/membership";

export interface PromptView {
  id: string;
  segmentId: string;
  text: string;
  assignment: { id: string; title: string; classId: string; dueAt: string };
}

/**
 * The prompts of assignments on a text, for the reader's margins: those of the caller's classes
 * (teachers see them before they open; students once open). Nobody else gets any. 404 for a text
 * the caller may not read.
 */
export async function listDocumentPrompts(options: {
  userId: string | null;
  slug: string;
  page: { skip: number; take: number };
}): Promise<PromptView[]> {
  const documentId = await readableDocumentIdOrThrow(options);
  if (!options.userId) return [];
  const userId = options.userId;
  const rows = await getDb().assignmentPrompt.findMany({
    where: {
      assignment: {
        documentId,
        OR: [{ class: teachesClassWhere(userId) }, { opensAt: { lte: new Date() }, class: { memberships: { some: { userId } } } }],
      },
    },
    select: { id: true, segmentId: true, text: true, assignment: { select: { id: true, title: true, classId: true, dueAt: true } } },
    orderBy: [{ assignment: { dueAt: "asc" } }, { position: "asc" }, { id: "asc" }],
    ...options.page,
  });
  return rows.map((r) => ({ ...r, assignment: { ...r.assignment, dueAt: r.assignment.dueAt.toISOString() } }));
}
