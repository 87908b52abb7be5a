/**
 * Sign-in throttling: after MAX_FAILURES failed sign-ins for one e-mail from one address within
 * WINDOW_MINUTES, that e-mail cannot sign in from that address until the oldest failure ages out.
 * Kept in PostgreSQL so every app instance enforces the same count.
 */
import "server-only";
import { getDb } from "../db";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed sign-ins for this e-mail from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

const windowStart = () => new Date(Date.now() - WINDOW_MINUTES * 60_000);

/** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  const failures = await getDb().signInFailure.findMany({
    where: { email, ip, createdAt: { gte: windowStart() } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES,
    select: { createdAt: true },
  });
  if (failures.length < MAX_FAILURES) return 0;
  const oldestCounted = failures.at(-1)!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldestCounted + WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const db = getDb();
  await db.signInFailure.create({ data: { email, ip } });
  // Old rows are never read again.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { email, ip } });
}
