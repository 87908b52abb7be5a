/**
 * Deletes bookkeeping rows nobody will read again (finding 13 of issue 14): live events older
 * than any replay a reader may ask for, Idempotency-Key records older than any retry, and
 * rate-limit events older than every window, and notifications older than
 * 90 days. Each is one DELETE on an indexed createdAt, so
 * several instances running it at once only repeat each other's (empty) work.
 */
import "server-only";
import { RETENTION } from "@/lib/limits";
import { getDb } from "../../db";

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3600_000);

export interface Pruned {
  liveEvents: number;
  idempotencyKeys: number;
  rateLimitEvents: number;
  notifications: number;
}

export async function pruneBookkeeping(now = new Date()): Promise<Pruned> {
  const db = getDb();
  const liveEvents = await db.$executeRaw`DELETE FROM "LiveEvent" WHERE "createdAt" < ${hoursAgo(now, RETENTION.liveEventHours)}`;
  const idempotencyKeys =
    await db.$executeRaw`DELETE FROM "IdempotencyKey" WHERE "createdAt" < ${hoursAgo(now, RETENTION.idempotencyKeyHours)}`;
  const rateLimitEvents =
    await db.$executeRaw`DELETE FROM "RateLimitEvent" WHERE "createdAt" < ${hoursAgo(now, RETENTION.rateLimitEventHours)}`;
  const notifications =
    await db.$executeRaw`DELETE FROM "Notification" WHERE "createdAt" < ${hoursAgo(now, RETENTION.notificationDays * 24)}`;
  return { liveEvents, idempotencyKeys, rateLimitEvents, notifications };
}
