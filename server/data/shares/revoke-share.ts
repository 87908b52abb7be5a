import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";

/** Revokes one's own link at once; anyone else's answers 404. Revoking twice is harmless. */
export async function revokeShare(options: { userId: string; id: string }): Promise<void> {
  const db = getDb();
  const share = await db.share.findFirst({ where: { id: options.id, ownerId: options.userId }, select: { id: true, revokedAt: true } });
  if (!share) throw notFound("share_not_found", "This link");
  if (!share.revokedAt) await db.share.update({ where: { id: share.id }, data: { revokedAt: new Date() } });
}
