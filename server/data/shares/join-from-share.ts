import "server-only";
import { getDb } from "../../db";
import { isUniqueViolation } from "../unique-violation";
import { openShare } from "./open-share";
import { linkDoesNotWork } from "./share-state";

/**
 * Joins the class of a link that admits members. The link is checked again now (openShare): not
 * revoked or expired, made by someone who still teaches the class, under the class's current join
 * code. Every link that cannot admit answers the same 404 as a made-up one.
 */
export async function joinFromShare(options: {
  userId: string;
  token: string;
}): Promise<{ classId: string; name: string; joined: boolean }> {
  const share = await openShare({ token: options.token, viewerId: options.userId });
  if (!share.allowJoin || !share.classId) throw linkDoesNotWork();
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
