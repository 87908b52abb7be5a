/**
 * Counting events per address in PostgreSQL, so every app instance enforces one count.
 * `takeSlot` counts and records under a transaction-level advisory lock on the bucket and key, so a
 * burst of simultaneous requests gets exactly `max` slots, not more and not fewer.
 */
import "server-only";
import { getDb } from "../db";
import { HttpError } from "../http/errors";

export interface Limit {
  bucket: string;
  max: number;
  windowMinutes: number;
}

const windowStart = (limit: Limit) => new Date(Date.now() - limit.windowMinutes * 60_000);

/** How many events `key` has in the window. */
export async function countEvents(limit: Limit, key: string): Promise<number> {
  return getDb().rateLimitEvent.count({ where: { bucket: limit.bucket, key, createdAt: { gte: windowStart(limit) } } });
}

/** Rows older than a day are never read again: server/data/maintenance/prune-bookkeeping.ts deletes them on a schedule. */
export async function recordEvent(limit: Limit, key: string): Promise<void> {
  await getDb().rateLimitEvent.create({ data: { bucket: limit.bucket, key } });
}

/** Records one event for `key`, or throws 429 with `message` when `key` already has `max` in the window. */
export async function takeSlot(limit: Limit, key: string, message: string): Promise<void> {
  // Same-key callers queue on the lock, each holding a connection: a burst (30 sign-ups from one
  // school's address, a script's parallel notes) waits its turn rather than failing after Prisma's 2 s / 5 s defaults.
  const taken = await getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limit.bucket}), hashtext(${key}))`;
      const count = await tx.rateLimitEvent.count({ where: { bucket: limit.bucket, key, createdAt: { gte: windowStart(limit) } } });
      if (count >= limit.max) return false;
      await tx.rateLimitEvent.create({ data: { bucket: limit.bucket, key } });
      return true;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  if (!taken) throw rateLimited(limit, message);
}

export const rateLimited = (limit: Limit, message: string) =>
  new HttpError(429, message, { code: "rate_limited", retryAfterSeconds: limit.windowMinutes * 60 });
