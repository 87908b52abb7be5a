/** Turns the acting user's daily digest on or off, and sets the language it is written in. */
import "server-only";
import type { EmailDigestInput } from "@/lib/validation/account";
import { getDb } from "../../db";
import { UnauthorizedError } from "../../http/errors";
import { takeWriteSlot } from "../limits/write-limits";

export async function setEmailDigest(options: {
  userId: string;
  input: EmailDigestInput;
}): Promise<{ emailDigest: boolean; locale: string }> {
  await takeWriteSlot(options.userId, "edits");
  const { count } = await getDb().user.updateMany({
    where: { id: options.userId },
    data: { emailDigest: options.input.emailDigest, digestLocale: options.input.locale },
  });
  // The account was deleted (in another tab) between the session check and this write.
  if (count === 0) throw new UnauthorizedError();
  return { emailDigest: options.input.emailDigest, locale: options.input.locale };
}
