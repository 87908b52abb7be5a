import "server-only";
import type { ClassActivity } from "@/lib/classes/types";
import { sentenceNumbers } from "@/lib/documents/sentence-numbers";
import { getDb } from "../../db";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { visibleTranslationsWhere } from "../translations/visibility";
import { requireTeacher } from "./membership";

export const ACTIVITY_DAYS = 14;

export type { ClassActivity };

/**
 * What a class has been doing, for its teacher: per member, their notes and replies in the class,
 * translation proposals and votes cast in it; activity per day; and which sentences drew notes.
 * Everything counted goes through the note and translation rules for the teacher (which include
 * the document rule): a student's private import or draft shows up nowhere, not even as a count.
 */
export async function getClassActivity(options: { userId: string; classId: string }): Promise<ClassActivity> {
  await requireTeacher(options);
  const db = getDb();
  const { classId } = options;
  const inClass = { AND: [{ classId }, visibleAnnotationsWhere(options.userId)] };
  const [memberships, notes, replies, proposals, votes, targets] = await Promise.all([
    db.membership.findMany({
      where: { classId },
      include: { user: { select: { id: true, name: true } } },
      orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    }),
    db.annotation.findMany({ where: inClass, select: { authorId: true, createdAt: true } }),
    db.reply.findMany({ where: { deletedAt: null, annotation: inClass }, select: { authorId: true, createdAt: true } }),
    db.translation.groupBy({
      by: ["authorId"],
      where: { AND: [{ classId, kind: "proposal", withdrawnAt: null }, visibleTranslationsWhere(options.userId)] },
      _count: { _all: true },
    }),
    db.vote.groupBy({ by: ["userId"], where: { classId, translation: visibleTranslationsWhere(options.userId) }, _count: { _all: true } }),
    db.annotationTarget.findMany({
      where: { annotation: inClass },
      select: {
        annotationId: true,
        segment: { select: { id: true, index: true, text: true, documentId: true, document: { select: { slug: true } } } },
      },
    }),
  ]);

  const count = (rows: { authorId: string }[], id: string) => rows.filter((r) => r.authorId === id).length;
  const last = (id: string) => {
    const times = [...notes, ...replies].filter((r) => r.authorId === id).map((r) => r.createdAt.getTime());
    return times.length ? new Date(Math.max(...times)).toISOString() : null;
  };
  const members = memberships.map((m) => ({
    id: m.user.id,
    name: m.user.name,
    role: m.role,
    notes: count(notes, m.userId),
    replies: count(replies, m.userId),
    proposals: proposals.find((p) => p.authorId === m.userId)?._count._all ?? 0,
    votes: votes.find((v) => v.userId === m.userId)?._count._all ?? 0,
    lastActive: last(m.userId),
  }));

  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const days = Array.from({ length: ACTIVITY_DAYS }, (_, i) => {
    const start = today.getTime() - (ACTIVITY_DAYS - 1 - i) * 86_400_000;
    const within = (r: { createdAt: Date }) => r.createdAt.getTime() >= start && r.createdAt.getTime() < start + 86_400_000;
    return { date: new Date(start).toISOString().slice(0, 10), notes: notes.filter(within).length, replies: replies.filter(within).length };
  });

  const bySegment = new Map<string, { segmentId: string; documentSlug: string; index: number; text: string; annotations: Set<string> }>();
  for (const t of targets) {
    const entry = bySegment.get(t.segment.id) ?? {
      segmentId: t.segment.id,
      documentSlug: t.segment.document.slug,
      index: t.segment.index,
      text: t.segment.text,
      annotations: new Set<string>(),
    };
    entry.annotations.add(t.annotationId);
    bySegment.set(t.segment.id, entry);
  }
  // Numbered as the reader numbers them: the document's segments in order, sentences only.
  const documentIds = [...new Set(targets.map((t) => t.segment.documentId))];
  const allSegments = documentIds.length
    ? await db.segment.findMany({
        where: { documentId: { in: documentIds } },
        select: { id: true, kind: true, documentId: true },
        orderBy: { index: "asc" },
      })
    : [];
  const numberOf = new Map<string, number | null>();
  for (const documentId of documentIds) {
    const ofDocument = allSegments.filter((s) => s.documentId === documentId);
    sentenceNumbers(ofDocument).forEach((n, i) => numberOf.set(ofDocument[i]!.id, n));
  }
  const sentences = [...bySegment.values()]
    .map(({ annotations, ...rest }) => ({ ...rest, number: numberOf.get(rest.segmentId) ?? null, notes: annotations.size }))
    .sort((a, b) => b.notes - a.notes || a.index - b.index);
  return { members, days, sentences };
}
