import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { FORMER_MEMBER_EMAIL, FORMER_MEMBER_ID, FORMER_MEMBER_NAME } from "@/lib/accounts/former-member";

/**
 * The stand-in author (lib/accounts/former-member.ts), made the first time an account is deleted.
 * ON CONFLICT rather than a read then a write: two accounts deleted at once both get it.
 */
export async function ensureFormerMember(tx: Prisma.TransactionClient): Promise<string> {
  await tx.$executeRaw`INSERT INTO "User" (id, email, name) VALUES (${FORMER_MEMBER_ID}, ${FORMER_MEMBER_EMAIL}, ${FORMER_MEMBER_NAME}) ON CONFLICT (id) DO NOTHING`;
  return FORMER_MEMBER_ID;
}
