/**
 * Who is asking. Every server entry point (route, page, action) calls one of these, and the data
 * layer takes the returned id: authorisation never trusts anything the client sends about itself.
 */
import "server-only";
import { getServerSession } from "next-auth/next";
import { getDb } from "../db";
import { UnauthorizedError } from "./errors";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session as { user?: { id?: string }; sessionVersion?: number } | null;
  const id = claims?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, sessionVersion: true } });
  // A deleted account, or a token issued before the password last changed, is signed out.
  if (!user || user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
