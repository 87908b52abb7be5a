/**
 * Joining a class by its code. A wrong code answers 404, and each wrong code is counted in
 * PostgreSQL (so every instance enforces one count) twice: per account and per address. Past
 * MAX_WRONG_CODES for the account, or the address's limit (a whole school may share one address,
 * so it is larger), both within WINDOW_MINUTES, every code is refused until the window passes:
 * a right code too, or the answers would still tell a guesser when a code exists.
 */
import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { countEvents, recordEvent, type Limit } from "../rate-limit";
import { isUniqueViolation } from "../unique-violation";
import { JOIN_CODE_WINDOW_MINUTES } from "@/lib/class-join-window";
import { normalizeJoinCode } from "./join-code";
import { positiveInteger } from "@/lib/positive-integer";

export const MAX_WRONG_CODES = 10;
export const WINDOW_MINUTES = JOIN_CODE_WINDOW_MINUTES;
const PER_ACCOUNT: Limit = { bucket: "class-join-account", max: MAX_WRONG_CODES, windowMinutes: WINDOW_MINUTES };

/** Wrong codes per address (WRONG_CLASS_CODES_PER_ADDRESS, default 100): a class behind one school address mistyping stays under it. */
function perAddress(): Limit {
  return { bucket: "class-join", max: positiveInteger(process.env.WRONG_CLASS_CODES_PER_ADDRESS) ?? 100, windowMinutes: WINDOW_MINUTES };
}

export interface JoinResult {
  classId: string;
  name: string;
  role: "teacher" | "student";
  joined: boolean;
}

export async function joinClass(options: { userId: string; code: string; address: string }): Promise<JoinResult> {
  const db = getDb();
  const address = perAddress();
  // Only wrong codes count, so this counts before and records after (unlike takeSlot).
  const [byAccount, byAddress] = await Promise.all([countEvents(PER_ACCOUNT, options.userId), countEvents(address, options.address)]);
  if (byAccount >= PER_ACCOUNT.max || byAddress >= address.max) {
    throw new HttpError(429, `Too many wrong class codes. Wait ${WINDOW_MINUTES} minutes, then check the code with your teacher.`, {
      code: "join_code_throttled",
      retryAfterSeconds: WINDOW_MINUTES * 60,
    });
  }
  const code = normalizeJoinCode(options.code);
  const found = code ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } }) : null;
  if (!found) {
    await Promise.all([recordEvent(PER_ACCOUNT, options.userId), recordEvent(address, options.address)]);
    throw new HttpError(404, "No class has this code. Check it with your teacher (codes look like ABCD-EFGH).", {
      code: "join_code_unknown",
    });
  }
  const existing = await db.membership.findUnique({
    where: { classId_userId: { classId: found.id, userId: options.userId } },
    select: { role: true },
  });
  if (existing) return { classId: found.id, name: found.name, role: existing.role, joined: false };
  try {
    await db.membership.create({ data: { classId: found.id, userId: options.userId, role: "student" } });
  } catch (error) {
    // Two joins at once: the other one made the membership.
    if (!isUniqueViolation(error)) throw error;
    return { classId: found.id, name: found.name, role: "student", joined: false };
  }
  return { classId: found.id, name: found.name, role: "student", joined: true };
}
