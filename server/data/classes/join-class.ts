/**
 * Joining a class by its code. A wrong code answers 404, and each wrong code is counted per
 * address in PostgreSQL (so every instance enforces one count): past MAX_WRONG_CODES within
 * WINDOW_MINUTES the address must wait, which makes guessing codes impractical.
 */
import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { countEvents, recordEvent, type Limit } from "../rate-limit";
import { isUniqueViolation } from "../unique-violation";
import { JOIN_CODE_WINDOW_MINUTES } from "@/lib/class-join-window";
import { normalizeJoinCode } from "./join-code";

export const MAX_WRONG_CODES = 10;
export const WINDOW_MINUTES = JOIN_CODE_WINDOW_MINUTES;
const WRONG_CODES: Limit = { bucket: "class-join", max: MAX_WRONG_CODES, windowMinutes: WINDOW_MINUTES };

export interface JoinResult {
  classId: string;
  name: string;
  role: "teacher" | "student";
  joined: boolean;
}

export async function joinClass(options: { userId: string; code: string; address: string }): Promise<JoinResult> {
  const db = getDb();
  // Only wrong codes count, so this counts before and records after (unlike takeSlot).
  if ((await countEvents(WRONG_CODES, options.address)) >= MAX_WRONG_CODES) {
    throw new HttpError(429, `Too many wrong class codes from your address. Wait ${WINDOW_MINUTES} minutes, then check the code with your teacher.`, {
      retryAfterSeconds: WINDOW_MINUTES * 60,
    });
  }
  const code = normalizeJoinCode(options.code);
  const found = code ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } }) : null;
  if (!found) {
    await recordEvent(WRONG_CODES, options.address);
    throw new HttpError(404, "No class has this code. Check it with your teacher (codes look like ABCD-EFGH).");
  }
  const existing = await db.membership.findUnique({ where: { classId_userId: { classId: found.id, userId: options.userId } }, select: { role: true } });
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
