/**
 * Records a change readers may receive live, inside the caller's transaction: the LiveEvent row
 * (kept for Last-Event-ID resume) and a NOTIFY on `interleaf_events`. PostgreSQL delivers a
 * NOTIFY only when its transaction commits, so nothing is announced that could still roll back.
 * The notification carries only the event id and document id; listeners read the row and check
 * each reader's right to see it before sending anything.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";

export const LIVE_CHANNEL = "interleaf_events";

export interface LiveEventInput {
  documentId: string;
  /** annotation.created | annotation.updated | annotation.deleted | annotation.restored | annotation.hidden | reply.created | vote.changed | ... */
  kind: string;
  annotationId?: string | null;
  translationId?: string | null;
  payload?: Record<string, unknown>;
}

export async function publishLiveEvent(tx: Prisma.TransactionClient, event: LiveEventInput): Promise<bigint> {
  const row = await tx.liveEvent.create({
    data: {
      documentId: event.documentId,
      kind: event.kind,
      annotationId: event.annotationId ?? null,
      translationId: event.translationId ?? null,
      payload: (event.payload ?? {}) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  const message = JSON.stringify({ id: row.id.toString(), documentId: event.documentId });
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${message})`;
  return row.id;
}
