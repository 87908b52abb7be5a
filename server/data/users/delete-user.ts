/**
 * Deletes the acting user's account. The schema's cascades remove everything they own: their
 * annotations (with targets and the replies under them), their replies elsewhere, their
 * documents, linked sign-ins and reset tokens.
 */
import "server-only";
import { UnauthorizedError } from "../../auth/errors";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { forgetSessionAccount } from "./session-account";

export const CONFIRM_EMAIL_MISMATCH_MESSAGE = "This is not your account's e-mail address. Type it exactly to confirm.";

export async function deleteUser(options: { userId: string; confirmEmail: string }): Promise<void> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { email: true } });
  if (!user) throw new UnauthorizedError();
  if (options.confirmEmail.trim().toLowerCase() !== user.email) {
    throw new HttpError(400, CONFIRM_EMAIL_MISMATCH_MESSAGE, { fieldErrors: { confirmEmail: [CONFIRM_EMAIL_MISMATCH_MESSAGE] } });
  }
  await db.user.delete({ where: { id: options.userId } });
  forgetSessionAccount(options.userId);
}
