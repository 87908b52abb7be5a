/**
 * Sets a new password from a reset link. The link works once: claiming it (usedAt set only
 * where it is still null) and changing the password happen in one transaction, so two requests
 * with the same link cannot both succeed. Every session is signed out, other outstanding links
 * for the account stop working, and sign-in throttling for the address is lifted (whoever
 * holds the link controls the inbox).
 */
import "server-only";
import { isPasswordSameAsEmail, SAME_AS_EMAIL_MESSAGE } from "@/lib/validation/account";
import { hashPassword } from "../users/password";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { forgetSessionAccount } from "../users/session-account";
import { RESET_TOKEN_MESSAGES } from "./check-password-reset";
import { hashResetToken } from "./reset-token";

export async function resetPassword(options: { token: string; password: string }): Promise<{ email: string }> {
  const db = getDb();
  const tokenHash = hashResetToken(options.token);
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row) throw new HttpError(400, RESET_TOKEN_MESSAGES.unknown, { code: "reset_token_unknown" });
  if (row.usedAt) throw new HttpError(400, RESET_TOKEN_MESSAGES.used, { code: "reset_token_used" });
  if (row.expiresAt.getTime() <= Date.now()) throw new HttpError(400, RESET_TOKEN_MESSAGES.expired, { code: "reset_token_expired" });
  if (isPasswordSameAsEmail(options.password, row.user.email)) {
    throw new HttpError(400, SAME_AS_EMAIL_MESSAGE, { code: "password_same_as_email", fieldErrors: { password: [SAME_AS_EMAIL_MESSAGE] } });
  }

  const passwordHash = await hashPassword(options.password);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new HttpError(400, RESET_TOKEN_MESSAGES.used, { code: "reset_token_used" });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.signInFailure.deleteMany({ where: { email: row.user.email } });
  });
  forgetSessionAccount(row.userId);
  return { email: row.user.email };
}
