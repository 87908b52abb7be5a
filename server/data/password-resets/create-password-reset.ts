/**
 * Starts a password reset for an e-mail address. Answers null when there is no such account, or
 * when too many links were asked for it in the last hour (so the form cannot be used to flood
 * someone's inbox); the route answers the same either way, so nobody learns which addresses
 * have accounts.
 */
import "server-only";
import { getDb } from "../../db";
import { hashResetToken, newResetToken, RESET_TOKEN_TTL_MS } from "./reset-token";

export const MAX_RESETS_PER_HOUR = 5;

export interface PasswordResetRequest {
  token: string;
  email: string;
  name: string;
  expiresAt: Date;
}

export async function createPasswordReset(options: { email: string }): Promise<PasswordResetRequest | null> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: options.email }, select: { id: true, email: true, name: true } });
  if (!user) return null;
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gte: new Date(Date.now() - 60 * 60 * 1000) } },
  });
  if (recent >= MAX_RESETS_PER_HOUR) return null;

  const token = newResetToken();
  const expiresAt = new Date(Date.now() + RESET_TOKEN_TTL_MS);
  await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt } });
  // Expired and used tokens are never read again.
  await db.passwordResetToken.deleteMany({
    where: { OR: [{ expiresAt: { lt: new Date(Date.now() - 24 * 3600_000) } }, { usedAt: { lt: new Date(Date.now() - 24 * 3600_000) } }] },
  });
  return { token, email: user.email, name: user.name, expiresAt };
}
