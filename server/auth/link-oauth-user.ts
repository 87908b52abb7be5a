/**
 * Maps a GitHub or Google sign-in to our user: by the linked identity, else by e-mail (both
 * providers only hand out verified addresses), else a new account.
 */
import "server-only";
import type { Account, User as AuthUser } from "next-auth";
import { getDb } from "../db";
import { normaliseEmail } from "./authorize-credentials";

export async function linkOAuthUser(account: Account, profileUser: AuthUser) {
  const db = getDb();
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    include: { user: true },
  });
  if (linked) return linked.user;
  if (!profileUser.email) throw new Error(`Your ${account.provider} account has no e-mail address we can use.`);
  const email = normaliseEmail(profileUser.email);
  const user =
    (await db.user.findUnique({ where: { email } })) ??
    (await db.user.create({ data: { email, name: profileUser.name?.trim() || email.split("@")[0]! } }));
  await db.oAuthAccount.create({ data: { userId: user.id, provider: account.provider, providerAccountId: account.providerAccountId } });
  return user;
}
