/** Renames the acting user. */
import "server-only";
import { UnauthorizedError } from "../../http/errors";
import { getDb } from "../../db";
import { forgetSessionAccount } from "./session-account";

export async function updateUserName(options: { userId: string; name: string }): Promise<{ id: string; email: string; name: string }> {
  try {
    const user = await getDb().user.update({
      where: { id: options.userId },
      data: { name: options.name },
      select: { id: true, email: true, name: true },
    });
    forgetSessionAccount(options.userId);
    return user;
  } catch (error) {
    // P2025: the account was deleted (in another tab) between the session check and this write.
    if ((error as { code?: unknown })?.code === "P2025") throw new UnauthorizedError();
    throw error;
  }
}
