/**
 * What a session needs to know about its account on every request: whether it still exists, its
 * sessionVersion (bumped by a password change or reset: older sessions end), and its current name
 * and e-mail. Read through a short per-instance cache, because every signed-in request asks.
 *
 * The bound: a change made through this instance is seen at once (the functions that make it call
 * forgetSessionAccount); one made through another instance is seen here within SESSION_ACCOUNT_TTL_MS.
 * So after a password change or sign-out-everywhere, another instance may accept the old session
 * for up to that long, never longer.
 */
import "server-only";
import { BoundedCache } from "../../cache/bounded-cache";
import { getPool } from "../../db";

export const SESSION_ACCOUNT_TTL_MS = 5_000;

export interface SessionAccount {
  email: string;
  name: string;
  sessionVersion: number;
}

const accounts = new BoundedCache<string, SessionAccount | null>({ maxEntries: 10_000, ttlMs: SESSION_ACCOUNT_TTL_MS });

/**
 * The account's session facts, or null when it is gone. Throws when the database cannot answer.
 * `fresh` skips the cache: a read that began before a change and finished after
 * forgetSessionAccount() can leave the old facts cached, so a session is never ended on them.
 */
export async function sessionAccount(userId: string, options: { fresh?: boolean } = {}): Promise<SessionAccount | null> {
  const cached = options.fresh ? undefined : accounts.get(userId);
  if (cached !== undefined) return cached;
  const { rows } = await getPool().query<SessionAccount>({
    name: "interleaf-session-account",
    text: `SELECT email, name, "sessionVersion" FROM "User" WHERE id = $1`,
    values: [userId],
  });
  const account = rows[0] ?? null;
  accounts.set(userId, account);
  return account;
}

/** Call after changing what sessionAccount() returns (after the change has committed). */
export function forgetSessionAccount(userId: string): void {
  accounts.delete(userId);
}
