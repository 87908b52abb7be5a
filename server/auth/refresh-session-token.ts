/**
 * Runs on every session read (the browser's /api/auth/session, and getCurrentUser()): ends a
 * session whose account is gone or whose password changed since it was issued, and copies the
 * current name and e-mail into the token, so the header shows a rename at once. Throwing makes
 * next-auth clear the session cookie; while the database cannot answer the token is kept as it is.
 * The account is read through a cache of a few seconds (data/users/session-account.ts says how
 * long, and why a change made through this instance is seen at once).
 */
import "server-only";
import type { JWT } from "next-auth/jwt";
import { cachedSessionAccount, sessionAccount, type SessionAccount } from "../data/users/session-account";
import { isDatabaseUnavailable } from "../http/database-errors";

export class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";
  constructor() {
    super("This session has ended (the password changed or the account was deleted). Sign in again.");
  }
}

const matches = (token: JWT, account: SessionAccount | null | undefined) =>
  !!account && account.sessionVersion === (token.sessionVersion ?? 0);

/**
 * Whether the token is confirmed by the account this instance has cached, without reading: true
 * exactly where refreshSessionToken() would keep the token without a read. Anything else (nothing
 * cached, or a cached row that does not match) is for refreshSessionToken() to decide.
 */
export const sessionConfirmedNow = (token: JWT): boolean => !!token.sub && matches(token, cachedSessionAccount(token.sub));

export async function refreshSessionToken(token: JWT): Promise<JWT> {
  if (!token.sub) return token;
  let user;
  try {
    user = await sessionAccount(token.sub);
    // Only the row of record may end a session (a cached row can be older than the token).
    if (!matches(token, user)) user = await sessionAccount(token.sub, { fresh: true });
  } catch (error) {
    // Without an answer from the database the session is neither confirmed nor ended: keep it, and
    // let the request itself fail with 503 (it needs the database too) instead of signing the
    // reader out and telling them to sign in again.
    if (!isDatabaseUnavailable(error)) console.error("[interleaf] checking a session failed:", error);
    return token;
  }
  if (!user || !matches(token, user)) throw new SessionEndedError();
  return { ...token, name: user.name, email: user.email };
}
