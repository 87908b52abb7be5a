/**
 * Who is asking. Every server entry point (route, page, action) calls one of these, and the data
 * layer takes the returned id: authorisation never trusts anything the client sends about itself.
 * Reading the session runs next-auth's jwt callback, which has already checked the token against
 * the account (refresh-session-token.ts): a deleted account or an old password's token is no session.
 */
import "server-only";
import { getServerSession } from "next-auth/next";
import { UnauthorizedError } from "./errors";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  if (!user?.id) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? "" };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
