/** Registers an account with e-mail and password. */
import "server-only";
import type { RegisterInput } from "@/lib/validation/account";
import { hashPassword } from "../../auth/password";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { isUniqueViolation } from "../unique-violation";

export const EMAIL_TAKEN_MESSAGE = "An account with this e-mail address already exists. Sign in, or reset your password if you forgot it.";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
}

/** `input` has been through registerSchema: e-mail lower-cased, name trimmed. */
export async function createUser(input: RegisterInput): Promise<CreatedUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // No look-up first: the unique index is the one check that also holds when two sign-ups race.
    if (isUniqueViolation(error)) throw new HttpError(409, EMAIL_TAKEN_MESSAGE);
    throw error;
  }
}
