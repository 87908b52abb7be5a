/**
 * Who is asking. Every server entry point (route, page, action) calls one of these, and the data
 * layer takes the returned id: authorisation never trusts anything the client sends about itself.
 * The token is read from the session cookie once (session-token.ts) and checked against the
 * account as next-auth's jwt callback does (refresh-session-token.ts): a deleted account or an old
 * password's token is no session.
 */
import "server-only";
import { UnauthorizedError } from "../http/errors";
import { sessionAccountChanges } from "../data/users/session-account";
import { refreshSessionToken, sessionConfirmedNow, SessionEndedError } from "./refresh-session-token";
import { readSessionToken } from "./session-token";

/** How long confirmedNow() trusts its last answer while no session fact changes (see there). */
const CONFIRMED_MS = 1_000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  const token = await readSessionToken();
  if (!token?.sub) return null;
  try {
    const current = await refreshSessionToken(token);
    return { id: token.sub, email: current.email ?? "", name: current.name ?? "" };
  } catch (error) {
    if (error instanceof SessionEndedError) return null;
    throw error;
  }
}

/**
 * The signed-in user with a way to ask again later whether their session still holds, for
 * requests that outlive the moment they were authorised (the live event stream): a password
 * change, a sign-out or a deleted account ends it, and an expired token too. A database that
 * cannot answer does not end it (see refresh-session-token.ts).
 */
export interface CurrentSession {
  user: SessionUser;
  stillValid: () => Promise<boolean>;
  /** True when stillValid() would answer true without reading (the account this instance has cached confirms it); false means "ask stillValid()". */
  confirmedNow: () => boolean;
}

export async function getCurrentSession(): Promise<CurrentSession | null> {
  const token = await readSessionToken();
  const user = token ? await getCurrentUser() : null;
  if (!token || !user) return null;
  const expiresAt = typeof token.exp === "number" ? token.exp * 1000 : 0;
  const stillValid = async () => {
    if (Date.now() >= expiresAt) return false;
    try {
      await refreshSessionToken(token);
      return true;
    } catch (error) {
      if (error instanceof SessionEndedError) return false;
      throw error;
    }
  };
  // Asked before every event a live stream sends (fifty a second, a thousand streams): a
  // confirmation is kept for up to CONFIRMED_MS, and only while no session fact has changed.
  let confirmed = { changes: -1, until: 0 };
  const confirmedNow = () => {
    const now = performance.now();
    if (confirmed.changes === sessionAccountChanges() && now < confirmed.until) return true;
    const left = expiresAt - Date.now();
    if (left <= 0 || !sessionConfirmedNow(token)) return false;
    confirmed = { changes: sessionAccountChanges(), until: now + Math.min(CONFIRMED_MS, left) };
    return true;
  };
  return { user, stillValid, confirmedNow };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
