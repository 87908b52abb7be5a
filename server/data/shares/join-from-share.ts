import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { isUniqueViolation } from "../unique-violation";
import { openShare } from "./open-share";

/** Joins the class of a link that allows it (a valid, unrevoked, unexpired link is the invitation). */
export async function joinFromShare(options: { userId: string; token: string }): Promise<{ classId: string; name: string; joined: boolean }> {
  const share = await openShare({ token: options.token });
  if (!share.allowJoin || !share.classId) throw new HttpError(403, "This link does not invite anyone to join its class.");
  const db = getDb();
  const existing = await db.membership.findUnique({ where: { classId_userId: { classId: share.classId, userId: options.userId } } });
  if (existing) return { classId: share.classId, name: share.className ?? "", joined: false };
  try {
    await db.membership.create({ data: { classId: share.classId, userId: options.userId, role: "student" } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { classId: share.classId, name: share.className ?? "", joined: false };
  }
  return { classId: share.classId, name: share.className ?? "", joined: true };
}
