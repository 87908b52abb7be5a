/**
 * What one reader may receive for one LiveEvent, decided by the same visibility rule as every
 * list and read: the annotation as they would get it from GET /api/annotations/{id} now, or only
 * its id as "removed" when they could see it before the change and cannot any more, or nothing.
 * A vote event goes to those who may see the translation, as its new tally (with their own vote).
 */
import "server-only";
import type { AnnotationView } from "@/lib/annotations/types";
import { getDb } from "../db";
import { annotationInclude, toAnnotationView } from "../data/annotations/annotation-view";
import { couldSee, readableAnnotationsWhere, visibleAnnotationsWhere, type VisibilityState } from "../data/annotations/visibility";
import { roleInClass } from "../data/classes/membership";
import { tally } from "../data/translations/translation-view";
import { visibleTranslationsWhere } from "../data/translations/visibility";

export interface StoredLiveEvent {
  id: bigint;
  documentId: string;
  kind: string;
  annotationId: string | null;
  translationId: string | null;
  payload: unknown;
}

export type LiveMessage = { event: "annotation"; data: AnnotationView } | { event: "annotation-removed"; data: { id: string } } | { event: string; data: unknown };

export async function authoriseLiveEvent(userId: string | null, event: StoredLiveEvent): Promise<LiveMessage | null> {
  const db = getDb();
  if (event.translationId) {
    const translation = await db.translation.findFirst({
      where: { id: event.translationId, ...visibleTranslationsWhere(userId) },
      select: { id: true, segmentId: true, votes: { select: { userId: true, value: true } } },
    });
    return translation ? { event: "vote", data: { translationId: translation.id, segmentId: translation.segmentId, votes: tally(translation.votes, userId) } } : null;
  }
  if (!event.annotationId) return null;
  const row = await db.annotation.findFirst({ where: { id: event.annotationId, ...visibleAnnotationsWhere(userId) }, include: annotationInclude });
  if (row) return { event: "annotation", data: toAnnotationView(row, userId) };
  // Not visible now: tell only those who could see it before (deleted, hidden, made private).
  const was = (event.payload as { was?: VisibilityState } | null)?.was;
  if (!was) return null;
  const documentReadable = await db.annotation.count({ where: { id: event.annotationId, document: readableAnnotationsWhere(userId).document } });
  if (!documentReadable) return null;
  const role = was.classId ? await roleInClass({ userId, classId: was.classId }) : null;
  return couldSee(userId, was, role) ? { event: "annotation-removed", data: { id: event.annotationId } } : null;
}
