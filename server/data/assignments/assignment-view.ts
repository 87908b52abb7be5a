/**
 * The assignment a caller receives: its text (slug, title), sentence range as the reader numbers
 * sentences, dates in ISO 8601 (the browser shows them in the reader's time zone), expectations,
 * options and prompts with their sentence numbers.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { sentenceNumbers } from "@/lib/documents/sentence-numbers";
import type { Expectations } from "@/lib/assignments/progress";
import { readerPath } from "../documents/document-url";

export const assignmentInclude = {
  document: {
    select: {
      slug: true,
      title: true,
      visibility: true,
      segments: { select: { id: true, index: true, kind: true }, orderBy: { index: "asc" } },
    },
  },
  class: { select: { id: true, name: true } },
  prompts: { orderBy: { position: "asc" }, select: { id: true, segmentId: true, text: true } },
} satisfies Prisma.AssignmentInclude;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>;

export interface AssignmentView {
  id: string;
  class: { id: string; name: string };
  title: string;
  /** `url`: where a member opens it (documents/document-url.ts readerPath). */
  document: { slug: string; title: string; url: string };
  range: { from: number; to: number } | null;
  opensAt: string;
  dueAt: string;
  expectations: Expectations;
  options: { classmatesAfterOwnPost: boolean; lockAfterDue: boolean; latePolicy: "refuse" | "mark_late" };
  prompts: { id: string; segmentId: string; sentence: number | null; text: string }[];
  createdAt: string;
}

/** Sentence number of each segment of the text, by segment id and by index. */
export function numbering(segments: readonly { id: string; index: number; kind: string }[]) {
  const numbers = sentenceNumbers(segments);
  const byId = new Map(segments.map((s, i) => [s.id, numbers[i] ?? null]));
  const byIndex = new Map(segments.map((s, i) => [s.index, numbers[i] ?? null]));
  const indexOf = new Map<number, number>();
  segments.forEach((s, i) => numbers[i] != null && indexOf.set(numbers[i]!, s.index));
  return { byId, byIndex, indexOf };
}

export function toAssignmentView(row: AssignmentRow): AssignmentView {
  const { byId, byIndex } = numbering(row.document.segments);
  const range =
    row.fromIndex != null && row.toIndex != null ? { from: byIndex.get(row.fromIndex) ?? 0, to: byIndex.get(row.toIndex) ?? 0 } : null;
  return {
    id: row.id,
    class: row.class,
    title: row.title,
    document: { slug: row.document.slug, title: row.document.title, url: readerPath(row.document.slug, row.document.visibility) },
    range,
    opensAt: row.opensAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    expectations: { notes: row.expectNotes, replies: row.expectReplies, proposals: row.expectProposals, votes: row.expectVotes },
    options: { classmatesAfterOwnPost: row.classmatesAfterOwnPost, lockAfterDue: row.lockAfterDue, latePolicy: row.latePolicy },
    prompts: row.prompts.map((p) => ({ ...p, sentence: byId.get(p.segmentId) ?? null })),
    createdAt: row.createdAt.toISOString(),
  };
}
