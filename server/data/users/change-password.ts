/**
 * Changes the acting user's password. The current password is required and guessing it is
 * throttled together with sign-in (same counter per e-mail and address), so a stolen session
 * cannot be used to try passwords faster than the sign-in form allows. Bumping sessionVersion
 * signs out every other session; the caller signs this browser in again with the new password.
 */
import "server-only";
import { isPasswordSameAsEmail, SAME_AS_EMAIL_MESSAGE } from "@/lib/validation/account";
import { UnauthorizedError } from "../../http/errors";
import { hashPassword, verifyPassword } from "./password";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure, SignInThrottledError } from "./sign-in-throttle";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { forgetSessionAccount } from "./session-account";

export const WRONG_CURRENT_PASSWORD_MESSAGE = "This is not your current password.";

export async function changePassword(options: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  /** The caller's address, for throttling (see client-address.ts). */
  ip: string;
}): Promise<{ sessionVersion: number }> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new UnauthorizedError();
  if (!user.passwordHash) {
    throw new HttpError(
      400,
      "Your account signs in with GitHub or Google and has no password yet. Use “Forgot your password?” on the sign-in page to set one.",
      { code: "password_not_set" },
    );
  }

  try {
    await assertSignInAllowed(user.email, options.ip);
  } catch (error) {
    if (error instanceof SignInThrottledError)
      throw new HttpError(429, error.message, { code: "sign_in_throttled", retryAfterSeconds: error.retryAfterSeconds });
    throw error;
  }
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    await recordSignInFailure(user.email, options.ip);
    throw new HttpError(400, WRONG_CURRENT_PASSWORD_MESSAGE, {
      code: "wrong_current_password",
      fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] },
    });
  }
  await clearSignInFailures(user.email, options.ip);
  if (isPasswordSameAsEmail(options.newPassword, user.email)) {
    throw new HttpError(400, SAME_AS_EMAIL_MESSAGE, {
      code: "password_same_as_email",
      fieldErrors: { newPassword: [SAME_AS_EMAIL_MESSAGE] },
    });
  }

  const updated = await db.user.update({
    where: { id: options.userId },
    data: { passwordHash: await hashPassword(options.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  forgetSessionAccount(options.userId);
  // A reset link sent before the change must not undo it.
  await db.passwordResetToken.updateMany({ where: { userId: options.userId, usedAt: null }, data: { usedAt: new Date() } });
  return updated;
}
