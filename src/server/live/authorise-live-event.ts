/**
 * What one reader may receive for one LiveEvent, decided by the same visibility rule as every
 * list and read: the annotation as they would get it from GET /api/annotations/{id} now, or only
 * its id as "removed" when they could see it before the change and cannot any more, or nothing.
 * Other kinds of events (translation votes, ...) register an authoriser for their kind prefix.
 */
import "server-only";
import type { AnnotationView } from "@/lib/annotations/types";
import { getDb } from "../db";
import { annotationInclude, toAnnotationView } from "../data/annotations/annotation-view";
import { couldSee, readableAnnotationsWhere, visibleAnnotationsWhere, type VisibilityState } from "../data/annotations/visibility";
import { roleInClass } from "../data/classes/membership";

export interface StoredLiveEvent {
  id: bigint;
  documentId: string;
  kind: string;
  annotationId: string | null;
  translationId: string | null;
  payload: unknown;
}

export type LiveMessage = { event: "annotation"; data: AnnotationView } | { event: "annotation-removed"; data: { id: string } } | { event: string; data: unknown };

type Authoriser = (userId: string | null, event: StoredLiveEvent) => Promise<LiveMessage | null>;
const authorisers = new Map<string, Authoriser>();

/** For other features' events (e.g. "vote."): decide per reader what they may receive. */
export function registerLiveEventAuthoriser(kindPrefix: string, authoriser: Authoriser): void {
  authorisers.set(kindPrefix, authoriser);
}

export async function authoriseLiveEvent(userId: string | null, event: StoredLiveEvent): Promise<LiveMessage | null> {
  if (!event.annotationId) {
    for (const [prefix, authorise] of authorisers) if (event.kind.startsWith(prefix)) return authorise(userId, event);
    return null;
  }
  const db = getDb();
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
