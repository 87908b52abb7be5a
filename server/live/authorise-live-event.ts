/**
 * What one reader may receive for one LiveEvent, decided by the same visibility rule as every
 * list and read: the annotation as they would get it from GET /api/annotations/{id} now, or only
 * its id as "removed" when they could see it before the change and cannot any more, or nothing.
 * A vote event goes to those who may see the translation, as its new tally (with their own vote).
 *
 * In two steps, so that a class of thirty readers costs one read per note rather than thirty:
 * `readEventFacts` reads what every reader's answer depends on, once per event on this instance
 * (live/shared-event-facts.ts), and `messageFor` decides for each reader with `couldSee`, the
 * rule of visibility.ts for one note in hand, and the document rule of documents/visibility.ts.
 * Only two answers still read per reader: a class note (the reader's role in that class, read
 * now, so someone who left the class is not told) and a vote (their own vote, and the proposal's
 * own audience).
 */
import "server-only";
import type { AnnotationView } from "@/lib/annotations/types";
import { getDb } from "../db";
import { annotationInclude, toAnnotationView, type AnnotationRow } from "../data/annotations/annotation-view";
import { couldSee, type VisibilityState } from "../data/annotations/visibility";
import { roleInClass } from "../data/classes/membership";
import { gatedClassIds } from "../data/assignments/assignment-gates";
import { canReadDocument, isClassOnly, type DocumentAccess } from "../data/documents/visibility";
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

export type LiveMessage =
  { event: "annotation"; data: AnnotationView } | { event: "annotation-removed"; data: { id: string } } | { event: string; data: unknown };

/** What every reader's answer to one event depends on, read once. */
export interface EventFacts {
  event: StoredLiveEvent;
  /** The note as stored now, deleted or not; null when it is gone for good or the event is not about a note. */
  annotation: AnnotationRow | null;
  /** Who may read the note's document now (also for a note gone for good, when the event says it went). */
  document: DocumentAccess | null;
}

export async function readEventFacts(event: StoredLiveEvent): Promise<EventFacts> {
  if (event.translationId || !event.annotationId) return { event, annotation: null, document: null };
  const annotation = await getDb().annotation.findUnique({
    where: { id: event.annotationId },
    include: {
      ...annotationInclude,
      document: { select: { slug: true, visibility: true, publishedAt: true, ownerId: true, classId: true } },
    },
  });
  if (annotation || event.kind !== "annotation.deleted") return { event, annotation, document: annotation?.document ?? null };
  // Gone for good (its author deleted their account): those who could see it are still told.
  const document = await getDb().document.findUnique({
    where: { id: event.documentId },
    select: { visibility: true, publishedAt: true, ownerId: true, classId: true },
  });
  return { event, annotation: null, document };
}

export async function messageFor(userId: string | null, facts: EventFacts): Promise<LiveMessage | null> {
  const { event, annotation, document } = facts;
  if (event.translationId) {
    const translation = await getDb().translation.findFirst({
      where: { id: event.translationId, ...visibleTranslationsWhere(userId) },
      select: { id: true, segmentId: true, votes: { select: { userId: true, value: true } } },
    });
    return translation
      ? {
          event: "vote",
          data: { translationId: translation.id, segmentId: translation.segmentId, votes: tally(translation.votes, userId) },
        }
      : null;
  }
  if (!event.annotationId || !document || !(await mayReadDocument(userId, document))) return null;
  if (annotation && !annotation.deletedAt && (await mayRead(userId, annotation, event.documentId)))
    return { event: "annotation", data: toAnnotationView(annotation, userId) };
  // Not visible now: tell only those who could see it before (deleted, hidden, made private).
  const was = (event.payload as { was?: VisibilityState } | null)?.was;
  return was && (await mayRead(userId, was, event.documentId)) ? { event: "annotation-removed", data: { id: event.annotationId } } : null;
}

/** canReadDocument(), reading the reader's membership of the document's class only for a class-only text. */
async function mayReadDocument(userId: string | null, document: DocumentAccess): Promise<boolean> {
  const inDocumentClass =
    !!userId && isClassOnly(document) && !!document.classId && !!(await roleInClass({ userId, classId: document.classId }));
  return canReadDocument(userId, document, inDocumentClass);
}

/** couldSee(), reading the reader's role in the note's class only when the answer depends on it. */
async function mayRead(userId: string | null, state: VisibilityState, documentId: string): Promise<boolean> {
  const roleMatters = userId !== null && state.authorId !== userId && state.visibility === "class" && state.classId !== null;
  const role = roleMatters ? await roleInClass({ userId, classId: state.classId! }) : null;
  // A student kept from classmates' notes until they post (an assignment's option) is not sent them live either.
  if (role === "student" && (await gatedClassIds(userId, documentId)).includes(state.classId!)) return false;
  return couldSee(userId, state, role);
}
