import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { FORMER_MEMBER_EMAIL, FORMER_MEMBER_ID, FORMER_MEMBER_NAME } from "@/lib/accounts/former-member";

/** The stand-in author (lib/accounts/former-member.ts), made the first time an account is deleted. */
export async function ensureFormerMember(tx: Prisma.TransactionClient): Promise<string> {
  await tx.user.upsert({
    where: { id: FORMER_MEMBER_ID },
    create: { id: FORMER_MEMBER_ID, email: FORMER_MEMBER_EMAIL, name: FORMER_MEMBER_NAME },
    update: {},
    select: { id: true },
  });
  return FORMER_MEMBER_ID;
}
