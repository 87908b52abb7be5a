/**
 * Deletes the acting user's account: what they wrote goes, and nothing anyone else wrote does.
 * In one transaction, in this order:
 * 1. the classes they teach keep a teacher (hand-over-classes.ts);
 * 2. their imports that others wrote on are kept, owned by nobody; the rest go (release-documents.ts);
 * 3. their notes, replies, votes and proposals go, except what others' work hangs on (remove-written-work.ts);
 * 4. the user row, and with it memberships, share links, linked sign-ins and reset tokens.
 * Readers streaming a document hear of every note, reply and vote that went.
 */
import "server-only";
import { UnauthorizedError } from "../../http/errors";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { ensureFormerMember } from "./former-member";
import { handOverClasses } from "./hand-over-classes";
import { releaseDocuments } from "./release-documents";
import { removeWrittenWork } from "./remove-written-work";
import { forgetSessionAccount } from "./session-account";

export const CONFIRM_EMAIL_MISMATCH_MESSAGE = "This is not your account's e-mail address. Type it exactly to confirm.";

export async function deleteUser(options: { userId: string; confirmEmail: string }): Promise<void> {
  const { userId } = options;
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new UnauthorizedError();
  if (options.confirmEmail.trim().toLowerCase() !== user.email) {
    throw new HttpError(400, CONFIRM_EMAIL_MISMATCH_MESSAGE, {
      code: "confirm_email_mismatch",
      fieldErrors: { confirmEmail: [CONFIRM_EMAIL_MISMATCH_MESSAGE] },
    });
  }
  await db.$transaction(
    async (tx) => {
      // Row locks on what others could write into meanwhile (a reply on one of their notes, a note
      // on one of their imports, a student joining a class they teach): such a write waits for
      // this transaction, so nothing is decided on counts that are already stale.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "Annotation" WHERE "authorId" = ${userId} FOR UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "Document" WHERE "ownerId" = ${userId} FOR UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "Class" c JOIN "Membership" m ON m."classId" = c.id WHERE m."userId" = ${userId} AND m.role = 'teacher' FOR UPDATE OF c`;
      const formerMemberId = await ensureFormerMember(tx);
      await handOverClasses(tx, userId);
      await releaseDocuments(tx, userId);
      await removeWrittenWork(tx, { userId, formerMemberId });
      // No relation to cascade along: a retry after the deletion has no account to answer for.
      await tx.idempotencyKey.deleteMany({ where: { userId } });
      await tx.user.delete({ where: { id: userId } });
    },
    // A statement (and a live event) per note, reply and vote others could see: a long-standing account takes a while.
    { timeout: 120_000, maxWait: 10_000 },
  );
  forgetSessionAccount(userId);
}
