/** Registers an account with e-mail and password. */
import "server-only";
import type { RegisterInput } from "@/lib/validation/account";
import { hashPassword } from "./password";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { takeSlot } from "../rate-limit";
import { isUniqueViolation } from "../unique-violation";
import { positiveInteger } from "@/lib/positive-integer";

export const EMAIL_TAKEN_MESSAGE = "An account with this e-mail address already exists. Sign in, or reset your password if you forgot it.";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Sign-ups per address per hour (REGISTRATIONS_PER_HOUR, default 100): each one costs an argon2
 * hash, so an unbounded stream of them is a cheap way to load the server. A whole school behind
 * one address signing up in a lesson stays well under the default.
 */
export function registrationLimit() {
  return { bucket: "register", max: positiveInteger(process.env.REGISTRATIONS_PER_HOUR) ?? 100, windowMinutes: 60 };
}

/** Counts a sign-up attempt from `address`; 429 when the address has made too many this hour. */
export async function takeRegistrationSlot(address: string): Promise<void> {
  await takeSlot(
    registrationLimit(),
    address,
    "Too many new accounts from your address in the last hour. Try again later, or ask your teacher or administrator.",
  );
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
    if (isUniqueViolation(error)) throw new HttpError(409, EMAIL_TAKEN_MESSAGE, { code: "email_taken" });
    throw error;
  }
}
