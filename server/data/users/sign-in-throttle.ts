/**
 * Sign-in throttling, by the caller's address (client-address.ts, which a client cannot choose):
 * - after MAX_FAILURES failed sign-ins for one e-mail from one address within WINDOW_MINUTES,
 *   that e-mail cannot sign in from that address until the oldest failure ages out. Never per
 *   e-mail alone: a stranger's wrong passwords must not lock the owner out from their own address.
 * - after MAX_FAILURES_PER_ADDRESS failures from one address across all e-mails within
 *   WINDOW_MINUTES, that address cannot sign in at all for a while (one password tried against
 *   many accounts). Loose enough for a class behind one school address mistyping passwords.
 * Kept in PostgreSQL so every app instance enforces the same count.
 */
import "server-only";
import { getDb } from "../../db";
import { countEvents, recordEvent, type Limit } from "../rate-limit";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ADDRESS = 100;
const ADDRESS_FAILURES: Limit = { bucket: "sign-in-failures", max: MAX_FAILURES_PER_ADDRESS, windowMinutes: WINDOW_MINUTES };

export class SignInThrottledError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    scope: "email" | "address" = "email",
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const what = scope === "email" ? "for this e-mail from your address" : "from your address";
    super(`Too many failed sign-ins ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

const windowStart = () => new Date(Date.now() - WINDOW_MINUTES * 60_000);

/** Throws SignInThrottledError when `email` may not try to sign in from `ip` now. */
export async function assertSignInAllowed(email: string, ip: string): Promise<void> {
  const [forEmail, fromAddress] = await Promise.all([signInRetryAfter(email, ip), countEvents(ADDRESS_FAILURES, ip)]);
  if (forEmail > 0) throw new SignInThrottledError(forEmail);
  if (fromAddress >= MAX_FAILURES_PER_ADDRESS) throw new SignInThrottledError(WINDOW_MINUTES * 60, "address");
}

/** Seconds until `email` may sign in from `ip` again, or 0 when it may now. */
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
  await recordEvent(ADDRESS_FAILURES, ip);
  // Old rows are never read again.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { email, ip } });
}
