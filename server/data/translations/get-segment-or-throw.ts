import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "../documents/visibility";

/** A segment of a document the caller may read, or 404. */
export async function getSegmentOrThrow(options: { userId: string | null; segmentId: string }) {
  const segment = await getDb().segment.findFirst({
    where: { id: options.segmentId, document: visibleDocumentsWhere({ userId: options.userId }) },
    select: {
      id: true,
      text: true,
      index: true,
      revision: true,
      documentId: true,
      document: { select: { ownerId: true, slug: true, title: true, visibility: true, publishedAt: true, classId: true } },
    },
  });
  if (!segment) throw notFound("sentence_not_found", "This sentence");
  return segment;
}
