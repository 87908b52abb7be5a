import "server-only";
import { getDb } from "../../db";

/** Whether `userId` owns the document `slug` (and so may edit its text). */
export async function isDocumentOwner({ userId, slug }: { userId: string; slug: string }): Promise<boolean> {
  return (await getDb().document.count({ where: { slug, ownerId: userId } })) > 0;
}
