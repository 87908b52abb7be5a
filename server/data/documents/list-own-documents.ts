import "server-only";
import { getDb } from "../../db";

export interface OwnDocument {
  slug: string;
  title: string;
  visibility: "private" | "public";
  published: boolean;
  segmentCount: number;
}

/** The documents `userId` imported, drafts included, newest first (the first `take` of them, when given). */
export async function listOwnDocuments({ userId, take }: { userId: string; take?: number }): Promise<OwnDocument[]> {
  const rows = await getDb().document.findMany({
    where: { ownerId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: { slug: true, title: true, visibility: true, publishedAt: true, _count: { select: { segments: true } } },
  });
  return rows.map((d) => ({
    slug: d.slug,
    title: d.title,
    visibility: d.visibility,
    published: d.publishedAt !== null,
    segmentCount: d._count.segments,
  }));
}
