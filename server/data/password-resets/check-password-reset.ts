/** Whether a reset link can still be used, so its page can say so before anyone types a password. */
import "server-only";
import { getDb } from "../../db";
import { hashResetToken } from "./reset-token";

export type ResetTokenState = "valid" | "unknown" | "used" | "expired";

export async function checkPasswordReset(options: { token: string }): Promise<ResetTokenState> {
  const row = await getDb().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(options.token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}

export const RESET_TOKEN_MESSAGES: Record<Exclude<ResetTokenState, "valid">, string> = {
  unknown: "This reset link is not valid. Check that you copied all of it, or ask for a new one.",
  used: "This reset link was already used. Ask for a new one if you need to reset your password again.",
  expired: "This reset link has expired (links last one hour). Ask for a new one.",
};
