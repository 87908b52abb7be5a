import "server-only";
import { getDb } from "../../db";
import type { AssignmentRow } from "./assignment-view";

export interface PromptAnswers {
  promptId: string;
  answers: { id: string; authorId: string; authorName: string; text: string; late: boolean }[];
}

/**
 * The answers to each prompt, for the teacher's page, side by side: the students' notes on the
 * prompt's sentence and the replies under notes there, written from the opening and visible to the
 * class or public (the counting rule's notion of work, on one sentence). No authorisation here:
 * callers pass an assignment the caller teaches.
 */
export async function listPromptAnswers(row: AssignmentRow, studentIds: string[]): Promise<PromptAnswers[]> {
  if (row.prompts.length === 0 || studentIds.length === 0) return [];
  const seen = [{ visibility: "public" as const }, { visibility: "class" as const, classId: row.classId }];
  const segmentIds = row.prompts.map((p) => p.segmentId);
  const onSentence = { documentId: row.documentId, deletedAt: null, OR: seen, targets: { some: { segmentId: { in: segmentIds } } } };
  const db = getDb();
  const [notes, replies] = await Promise.all([
    db.annotation.findMany({
      where: { ...onSentence, authorId: { in: studentIds }, createdAt: { gte: row.opensAt } },
      select: {
        id: true,
        bodyText: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
        targets: { select: { segmentId: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 2000,
    }),
    db.reply.findMany({
      where: { annotation: onSentence, deletedAt: null, authorId: { in: studentIds }, createdAt: { gte: row.opensAt } },
      select: {
        id: true,
        bodyText: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
        annotation: { select: { targets: { select: { segmentId: true } } } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 2000,
    }),
  ]);
  const all = [
    ...notes.map((n) => ({ ...n, segmentIds: n.targets.map((t) => t.segmentId) })),
    ...replies.map((r) => ({ ...r, segmentIds: r.annotation.targets.map((t) => t.segmentId) })),
  ];
  return row.prompts.map((prompt) => ({
    promptId: prompt.id,
    answers: all
      .filter((a) => a.segmentIds.includes(prompt.segmentId) && a.bodyText.trim() !== "")
      .map((a) => ({
        id: a.id,
        authorId: a.author.id,
        authorName: a.author.name,
        text: a.bodyText,
        late: a.createdAt.getTime() > row.dueAt.getTime(),
      })),
  }));
}
