/** What the account page shows about the signed-in user. */
import "server-only";
import { getDb } from "../../db";

export interface AccountSummary {
  id: string;
  email: string;
  name: string;
  /** False for accounts that only sign in with GitHub or Google. */
  hasPassword: boolean;
  /** Providers linked to the account, e.g. ["github"]. */
  linkedProviders: string[];
  createdAt: string;
  /** The daily e-mail digest (sent only when SMTP_URL is set). */
  emailDigest: boolean;
}

export async function getAccount(options: { userId: string }): Promise<AccountSummary | null> {
  const user = await getDb().user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      createdAt: true,
      emailDigest: true,
      oauthAccounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    hasPassword: user.passwordHash !== null,
    linkedProviders: [...new Set(user.oauthAccounts.map((a) => a.provider))].sort(),
    createdAt: user.createdAt.toISOString(),
    emailDigest: user.emailDigest,
  };
}
