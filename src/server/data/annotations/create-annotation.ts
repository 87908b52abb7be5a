import "server-only";
import type { CreateAnnotationInput } from "@/lib/validation/annotation";
import type { Prisma } from "../../generated/prisma/client";
import { notFound } from "../../http/errors";
import { publishLiveEvent } from "../../live/publish-live-event";
import { requireMembership } from "../classes/membership";
import { visibleDocumentsWhere } from "../documents/visibility";
import { requestHash, runIdempotent, type StoredResponse } from "../idempotency/run-idempotent";
import { annotationInclude, toAnnotationView } from "./annotation-view";
import { parseNoteBody } from "./parse-note-body";
import { resolveTargets } from "./resolve-targets";

/**
 * Creates a highlight or note. Everything is checked before the one transaction that stores the
 * annotation, its targets and the idempotency record; nothing is acknowledged before it commits.
 */
export async function createAnnotation(options: { userId: string; input: CreateAnnotationInput; idempotencyKey?: string | null }): Promise<StoredResponse> {
  const { userId, input } = options;
  const { body, text } = parseNoteBody(input.body);
  const targets = input.targets ?? [input.target!];
  const motivation = input.motivation ?? (body ? "commenting" : "highlighting");

  return runIdempotent({ userId, key: options.idempotencyKey ?? null, hash: requestHash("POST /api/annotations", input) }, async (tx) => {
    const document = await tx.document.findFirst({ where: { slug: input.document, ...visibleDocumentsWhere({ userId }) }, select: { id: true, language: true } });
    if (!document) throw notFound(`Document "${input.document}"`);
    const targetRows = await resolveTargets(tx, document, targets);
    // A class note goes to a class the author belongs to (404 otherwise, as for any unseen class).
    const classId = input.visibility === "class" ? input.classId! : null;
    if (classId) await requireMembership({ userId, classId, db: tx });
    const created = await tx.annotation.create({
      data: {
        documentId: document.id,
        authorId: userId,
        visibility: input.visibility,
        classId,
        motivation,
        color: input.color,
        body: body ?? undefined,
        bodyText: text,
        tags: input.tags,
        targets: { createMany: { data: targetRows } },
      } satisfies Prisma.AnnotationUncheckedCreateInput,
      include: annotationInclude,
    });
    await publishLiveEvent(tx, { documentId: document.id, kind: "annotation.created", annotationId: created.id });
    return { status: 201, body: toAnnotationView(created, userId) };
  });
}
