import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { requireTeacher } from "../classes/membership";

/** A teacher revokes any link into their class, whoever made it; a link into another class answers 404. */
export async function revokeClassShare(options: { userId: string; classId: string; shareId: string }): Promise<void> {
  await requireTeacher(options);
  const db = getDb();
  const share = await db.share.findFirst({
    where: { id: options.shareId, classId: options.classId },
    select: { id: true, revokedAt: true },
  });
  if (!share) throw notFound("share_not_found", "This link");
  if (!share.revokedAt) await db.share.update({ where: { id: share.id }, data: { revokedAt: new Date() } });
}
