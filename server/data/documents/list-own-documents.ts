import "server-only";
import { getDb } from "../../db";
import type { DocumentVisibility } from "@/lib/documents/types";

export interface OwnDocument {
  slug: string;
  title: string;
  visibility: DocumentVisibility;
  /** A class-only text's class name (null otherwise, or once the class is deleted). */
  className: string | null;
  published: boolean;
  segmentCount: number;
}

/** The documents `userId` imported, drafts included, newest first (the first `take` of them, when given). */
export async function listOwnDocuments({ userId, take }: { userId: string; take?: number }): Promise<OwnDocument[]> {
  const rows = await getDb().document.findMany({
    where: { ownerId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      slug: true,
      title: true,
      visibility: true,
      publishedAt: true,
      class: { select: { name: true } },
      _count: { select: { segments: true } },
    },
  });
  return rows.map((d) => ({
    slug: d.slug,
    title: d.title,
    visibility: d.visibility,
    className: d.class?.name ?? null,
    published: d.publishedAt !== null,
    segmentCount: d._count.segments,
  }));
}
