import "server-only";
import { randomUUID } from "node:crypto";
import type { AnnotationView } from "@/lib/annotations/types";
import type { CreateAnnotationInput } from "@/lib/validation/annotation";
import { HttpError, notFound } from "../../http/errors";
import { notifyAfterCommit } from "../live-events/notify-after-commit";
import { classCannotRead, outsideDocumentClass } from "../classes/class-readable";
import { documentRefBySlug, isDocumentVisible } from "../documents/document-ref-cache";
import { findStoredResponse, requestHash, type StoredResponse } from "../idempotency/run-idempotent";
import { cachedAnchorTexts } from "./anchor-text-cache";
import { insertAnnotation } from "./note-batch";
import { parseNoteBody } from "./parse-note-body";
import { checkTargets, type TargetRow } from "./resolve-targets";
import { noteLimits, noteQuotaRefusal, noteRateRefusal } from "../limits/write-limits";
import { requireAssignmentOpen } from "../assignments/assignment-gates";
import { notifyMentions } from "../notifications/notify-mentions";
import { settleNoteMentions } from "../notifications/settle-note-mentions";
import { getDb } from "../../db";

/**
 * Creates a highlight or note: the hot write path, one SQL statement in the usual case, shared
 * with the notes that arrive at the same moment (note-batch.ts).
 *
 * The document id and the texts to check selectors against come from per-instance caches; the
 * statement (insert-annotations.ts) then checks, on the rows of record, that the author may see the
 * document, belongs to the class, that the class may read the document, that every text is still
 * at the revision checked, and the author's write rate and quota, and stores the annotation, its
 * targets, the live event, the rate slot and the Idempotency-Key's record together. When a check
 * fails the answer is worked out again from fresh reads, in the order callers have always seen:
 * a stored answer for the key, then 429 for a write limit, then 404 for a
 * document the author may not see (never a 422 that would say something about its text), 422 for
 * targets, 404 for a class, 422 (`class_note_on_private_document`) for a class note on a document
 * the class cannot read. The answer is built from the input and what the statement returns, not
 * re-read; nothing is answered before the commit.
 */
export async function createAnnotation(options: {
  userId: string;
  input: CreateAnnotationInput;
  idempotencyKey?: string | null;
}): Promise<StoredResponse> {
  const { userId, input } = options;
  const classId = input.visibility === "class" ? input.classId! : null;
  // Mentions of the class's members keep their names from the server; any other becomes text.
  const { body, text, mentioned } = await settleNoteMentions({ authorId: userId, classId, ...parseNoteBody(input.body) });
  const targets = input.targets ?? [input.target!];
  const motivation = input.motivation ?? (body ? "commenting" : "highlighting");
  const idempotency = options.idempotencyKey ? { key: options.idempotencyKey, hash: requestHash("POST /api/annotations", input) } : null;
  const storedOr = async (error: Error): Promise<StoredResponse> => {
    const stored = idempotency && (await findStoredResponse({ userId, ...idempotency }));
    if (stored) return stored;
    throw error;
  };

  // A second and third pass read everything fresh: a cached text was edited, or edited again meanwhile.
  for (let attempt = 0; attempt < 3; attempt++) {
    const fresh = attempt > 0;
    const document = await documentRefBySlug(input.document, { fresh });
    if (!document) return storedOr(notFound("document_not_found", `Document "${input.document}"`));
    let rows: TargetRow[];
    try {
      rows = await checkTargets(cachedAnchorTexts({ fresh }), document, targets);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (!fresh) continue;
      if (!(await isDocumentVisible(document.id, userId))) return storedOr(notFound("document_not_found", `Document "${input.document}"`));
      return storedOr(error);
    }

    // Only a class note can meet a locked assignment (one extra read, on that path only).
    try {
      await requireAssignmentOpen({ userId, classId, documentId: document.id, segmentIds: rows.map((r) => r.segmentId) });
    } catch (error) {
      return storedOr(error as Error);
    }

    const id = randomUUID();
    const answer: Omit<AnnotationView, "author" | "class" | "createdAt" | "updatedAt"> = {
      id,
      document: input.document,
      mine: true,
      visibility: input.visibility,
      motivation,
      color: input.color ?? "yellow",
      body,
      bodyText: text,
      tags: input.tags ?? [],
      hidden: false,
      orphan: false,
      answered: false,
      version: 1,
      targets: rows.map((r) => ({
        segmentId: r.segmentId,
        language: r.language,
        versionId: r.versionId,
        selector: { exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end },
      })),
      replies: [],
    };
    const outcome = await insertAnnotation({
      id,
      documentId: document.id,
      authorId: userId,
      visibility: input.visibility,
      classId,
      motivation,
      color: answer.color,
      body,
      bodyText: text,
      tags: answer.tags,
      // Ids that sort in the order given, so a paired note's targets read back in that order.
      targets: rows.map((row, i) => ({ ...row, id: `${id}-${i}` })),
      idempotency,
      answer,
    });
    if (outcome.eventId) {
      notifyAfterCommit({ id: outcome.eventId, documentId: document.id });
      if (mentioned.length > 0) await tellMentioned({ actorId: userId, annotationId: id, mentioned });
      const view: AnnotationView = {
        ...answer,
        author: { id: userId, name: outcome.authorName },
        class: classId ? { id: classId, name: outcome.className ?? "" } : null,
        createdAt: outcome.createdAt,
        updatedAt: outcome.createdAt,
      };
      return { status: 201, body: view, replayed: false };
    }
    // A retry of a note already stored gets its answer even when the author is now at a limit.
    const limits = noteLimits();
    if (limits && !outcome.rateOk) return storedOr(noteRateRefusal(limits.rate));
    if (limits && !outcome.quotaOk) return storedOr(noteQuotaRefusal(limits.quota));
    if (outcome.ready) return storedOr(new Error("The Idempotency-Key's record was taken but cannot be read."));
    if (!outcome.visible) {
      if (!fresh) continue; // the slug may name another document now
      return storedOr(notFound("document_not_found", `Document "${input.document}"`));
    }
    if (!outcome.member) return storedOr(notFound("class_not_found", "This class"));
    if (!outcome.classReadable) return storedOr(outcome.classOnly ? outsideDocumentClass("note") : classCannotRead("note"));
    // Otherwise a text changed after it was checked: check again on fresh texts.
  }
  throw new HttpError(409, "The text changed while your note was being saved. Reload the page and try again.", {
    code: "text_changed_while_saving",
  });
}

/**
 * The note is stored by then (one statement, committed), so a failure here loses notifications
 * but never the note: it is logged, and the writer still gets the 201 their note earned.
 */
async function tellMentioned(options: { actorId: string; annotationId: string; mentioned: string[] }): Promise<void> {
  try {
    await getDb().$transaction((tx) => notifyMentions(tx, options));
  } catch (error) {
    console.error("Could not notify the people a note mentions", error);
  }
}
