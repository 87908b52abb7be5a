/**
 * Signing out ends the session everywhere its cookie was copied to. A next-auth JWT session lives
 * in the cookie alone: deleting it in one browser leaves every copy (another tab's jar, a stolen
 * cookie) valid until it expires. Bumping the account's sessionVersion makes every token issued
 * before it stop working (refresh-session-token.ts), so signing out signs out all of this
 * account's sessions, on every device.
 *
 * Only a current token may do this: a token already ended (an old copy) signing out changes
 * nothing, so a stolen dead cookie cannot sign its owner out again and again.
 */
import "server-only";
import { getPool } from "../../db";
import { forgetSessionAccount } from "./session-account";

export async function endSessions(options: { userId: string; sessionVersion: number }): Promise<boolean> {
  const { rowCount } = await getPool().query(
    `UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1 AND "sessionVersion" = $2`,
    [options.userId, options.sessionVersion],
  );
  forgetSessionAccount(options.userId);
  return (rowCount ?? 0) > 0;
}
