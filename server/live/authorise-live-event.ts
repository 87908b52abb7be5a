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
 * A class note's answer depends on the reader's role in the class and on the assignment gate:
 * both are read with the event, once for the whole class and every event read in the same batch
 * (`classAudience`, `readEventsFacts`), so someone who has left the class is not told. Only a
 * vote still reads per reader (their own vote, and the proposal's own audience).
 */
import "server-only";
import type { AnnotationView } from "@/lib/annotations/types";
import { getDb } from "../db";
import { toAnnotationView } from "../data/annotations/annotation-view";
import { readNoteFacts, type NoteFacts } from "../data/annotations/read-annotation-rows";
import { couldSee, type VisibilityState } from "../data/annotations/visibility";
import { classRoles, type ClassRole } from "../data/classes/membership";
import { isTeacher } from "@/lib/classes/roles";
import { gatedStudentIds } from "../data/assignments/assignment-gates";
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
  annotation: NoteFacts | null;
  /** Who may read the note's document now (also for a note gone for good, when the event says it went). */
  document: DocumentAccess | null;
  /** Per class: its members' roles and its gated students, read once for every reader of this event and of those read with it. */
  classes: Map<string, Promise<ClassAudience>>;
  /** The same, once read: what lets the readers after the first be decided without waiting (`frameNow`). */
  audiences: Map<string, ClassAudience>;
  /** The event as sent (SSE text, encoded), made once for every reader whose copy is the same (`frameFor`). */
  frames?: Map<"annotation" | "annotation-removed", Uint8Array>;
}

interface ClassAudience {
  roles: Map<string, ClassRole>;
  gated: Set<string>;
}

function classAudience(facts: EventFacts, classId: string): Promise<ClassAudience> {
  let audience = facts.classes.get(classId);
  if (!audience) {
    audience = classRoles(classId).then(async (members) => ({
      roles: new Map(members.map((m) => [m.userId, m.role])),
      gated: await gatedStudentIds(
        classId,
        facts.event.documentId,
        members.flatMap((m) => (isTeacher(m.role) ? [] : [m.userId])),
      ),
    }));
    audience.then(
      (read) => facts.audiences.set(classId, read),
      () => facts.classes.delete(classId), // a failed read is not kept
    );
    facts.classes.set(classId, audience);
  }
  return audience;
}

export async function readEventFacts(event: StoredLiveEvent): Promise<EventFacts> {
  return (await readEventsFacts([event]))[0]!;
}

/** The facts of several events, in their order, with one read of their notes for all of them. */
export async function readEventsFacts(events: StoredLiveEvent[]): Promise<EventFacts[]> {
  const noteIds = [...new Set(events.flatMap((e) => (e.translationId || !e.annotationId ? [] : [e.annotationId])))];
  const notes = await readNoteFacts(noteIds);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const classReads = new Map<string, Pick<EventFacts, "classes" | "audiences">>();
  const facts = await Promise.all(
    events.map(async (event): Promise<EventFacts> => {
      // Events read together share their document's class reads: the same moment's answer.
      let shared = classReads.get(event.documentId);
      if (!shared) classReads.set(event.documentId, (shared = { classes: new Map(), audiences: new Map() }));
      if (event.translationId || !event.annotationId) return { event, annotation: null, document: null, ...shared };
      const annotation = byId.get(event.annotationId) ?? null;
      if (annotation || event.kind !== "annotation.deleted")
        return { event, annotation, document: annotation?.document ?? null, ...shared };
      // Gone for good (its author deleted their account): those who could see it are still told.
      const document = await getDb().document.findUnique({
        where: { id: event.documentId },
        select: { visibility: true, publishedAt: true, ownerId: true, classId: true },
      });
      return { event, annotation: null, document, ...shared };
    }),
  );
  // The classes whose members decide who gets each event, read now rather than by the first reader
  // who needs them: a stream waiting for that read holds back every later event of its queue, and a
  // busy school's streams would never catch up (frameNow decides the rest without waiting). A read
  // that fails here is tried again by the first reader who needs it.
  await Promise.all(facts.flatMap((f) => classesDeciding(f).map((classId) => classAudience(f, classId).catch(() => undefined))));
  return facts;
}

/** The classes a reader's role or gate in can change what they get for this event (mayReadDocumentNow, mayReadNow). */
function classesDeciding({ event, annotation, document }: EventFacts): string[] {
  const classes = [annotation, wasOf(event)].flatMap((state) => (state?.visibility === "class" && state.classId ? [state.classId] : []));
  if (document && isClassOnly(document) && document.classId) classes.push(document.classId);
  return [...new Set(classes)];
}

/** What the note looked like before the change the event tells of, when the event kept it. */
const wasOf = (event: StoredLiveEvent) => (event.payload as { was?: VisibilityState } | null)?.was;

/**
 * Without reading anything: whether the event can concern this reader at all. couldSee() with the
 * widest role is an upper bound of what any role allows, so a stream skips at once a note nobody
 * but its author may see (most of a busy class's traffic is each reader's own private notes).
 */
export function mayConcern(userId: string | null, facts: EventFacts): boolean {
  const { event, annotation } = facts;
  if (event.translationId || !event.annotationId) return true;
  const was = wasOf(event);
  return (!!annotation && couldSee(userId, annotation, "teacher")) || (!!was && couldSee(userId, was, "teacher"));
}

const encoder = new TextEncoder();
const frame = (id: bigint, message: LiveMessage) =>
  encoder.encode(`id: ${id}\nevent: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`);

/**
 * messageFor() as the stream sends it. A note's view differs between readers only in `mine` (on the
 * note and on each reply), so every reader who wrote neither gets the same bytes, serialised once
 * per event: a public note to a thousand readers is one JSON.stringify, not a thousand.
 */
export async function frameFor(userId: string | null, facts: EventFacts): Promise<Uint8Array | null> {
  const now = frameNow(userId, facts);
  if (now !== undefined) return now;
  const { event, annotation } = facts;
  if (event.translationId || isWriter(userId, annotation)) {
    const message = await messageFor(userId, facts);
    return message && frame(event.id, message);
  }
  return sharedFrame(facts, await decide(userId, facts));
}

/**
 * frameFor() without waiting for anything: the frame, or null for nothing, when what decides it is
 * already in hand (the shared bytes, and the class audiences read with the event's facts);
 * undefined when frameFor() has to read (a vote, the note's own writers, a class whose read failed).
 * A thousand readers of one public note are then a thousand synchronous checks, not a thousand
 * chains of promises (issue 19's school-scale step).
 */
export function frameNow(userId: string | null, facts: EventFacts): Uint8Array | null | undefined {
  if (facts.event.translationId || isWriter(userId, facts.annotation)) return undefined;
  const decision = decideNow(userId, facts);
  return typeof decision === "object" && decision !== null ? undefined : sharedFrame(facts, decision);
}

const isWriter = (userId: string | null, annotation: NoteFacts | null) =>
  !!userId && !!annotation && (annotation.authorId === userId || annotation.replies.some((r) => r.authorId === userId));

function sharedFrame(facts: EventFacts, kind: Kind | null): Uint8Array | null {
  if (!kind) return null;
  const { event, annotation } = facts;
  facts.frames ??= new Map();
  let bytes = facts.frames.get(kind);
  if (!bytes) {
    bytes = frame(
      event.id,
      kind === "annotation"
        ? { event: kind, data: toAnnotationView(annotation!, null) }
        : { event: kind, data: { id: event.annotationId! } },
    );
    facts.frames.set(kind, bytes);
  }
  return bytes;
}

type Kind = "annotation" | "annotation-removed";
/** What a reader gets, or the class whose audience must be read before it can be told. */
type Decision = Kind | null | { needs: string };

/** For an event about a note: whether this reader gets the note, its removal, or nothing. */
async function decide(userId: string | null, facts: EventFacts): Promise<Kind | null> {
  for (;;) {
    const decision = decideNow(userId, facts);
    if (decision === null || typeof decision === "string") return decision;
    await classAudience(facts, decision.needs);
  }
}

function decideNow(userId: string | null, facts: EventFacts): Decision {
  const { event, annotation, document } = facts;
  if (!event.annotationId || !document) return null;
  const mayReadDocument = mayReadDocumentNow(userId, document, facts);
  if (mayReadDocument !== true) return mayReadDocument || null;
  if (annotation && !annotation.deletedAt) {
    const now = mayReadNow(userId, annotation, facts);
    if (now !== false) return now === true ? "annotation" : now;
  }
  // Not visible now: tell only those who could see it before (deleted, hidden, made private).
  const was = wasOf(event);
  const before = was ? mayReadNow(userId, was, facts) : false;
  return before === true ? "annotation-removed" : before || null;
}

export async function messageFor(userId: string | null, facts: EventFacts): Promise<LiveMessage | null> {
  const { event, annotation } = facts;
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
  const kind = await decide(userId, facts);
  if (kind === "annotation") return { event: kind, data: toAnnotationView(annotation!, userId) };
  return kind === "annotation-removed" ? { event: kind, data: { id: event.annotationId! } } : null;
}

/** canReadDocument(), with the reader's membership of the document's class only for a class-only text. */
function mayReadDocumentNow(userId: string | null, document: DocumentAccess, facts: EventFacts): boolean | { needs: string } {
  if (!userId || !isClassOnly(document) || !document.classId) return canReadDocument(userId, document, false);
  const audience = facts.audiences.get(document.classId);
  if (!audience) return { needs: document.classId };
  return canReadDocument(userId, document, audience.roles.has(userId));
}

/** couldSee(), with the reader's role in the note's class only when the answer depends on it. */
function mayReadNow(userId: string | null, state: VisibilityState, facts: EventFacts): boolean | { needs: string } {
  const roleMatters = userId !== null && state.authorId !== userId && state.visibility === "class" && state.classId !== null;
  if (!roleMatters) return couldSee(userId, state, null);
  const audience = facts.audiences.get(state.classId!);
  if (!audience) return { needs: state.classId! };
  // A student kept from classmates' notes until they post (an assignment's option) is not sent them live either.
  if (audience.gated.has(userId)) return false;
  return couldSee(userId, state, audience.roles.get(userId) ?? null);
}
