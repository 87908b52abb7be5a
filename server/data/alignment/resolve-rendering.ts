import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "../documents/visibility";
import { getSegmentOrThrow } from "../translations/get-segment-or-throw";
import { visibleTranslationsWhere } from "../translations/visibility";

export interface Rendering {
  translationId: string;
  /** The version's id for a published rendering; null for a proposal. */
  versionId: string | null;
  text: string;
  revision: number;
}

/**
 * The rendering of segment `segmentId` that `ref` names: a version of its document, or a
 * proposal's translation id. What the caller may not see answers 404, like a rendering that does
 * not exist in a version the document has; a `ref` that names nothing of this document is a
 * mistake in the request (400, code `alignment_version_unknown`).
 */
export async function resolveRendering(options: {
  userId: string | null;
  segmentId: string;
  documentId: string;
  ref: string;
}): Promise<Rendering> {
  const { segmentId, ref } = options;
  const db = getDb();
  const row = await db.translation.findFirst({
    // AND, not a spread: the visibility rule has its own OR.
    where: { segmentId, AND: [{ OR: [{ id: ref }, { versionId: ref }] }, visibleTranslationsWhere(options.userId)] },
    select: { id: true, versionId: true, text: true, revision: true },
  });
  if (row) return { translationId: row.id, versionId: row.versionId, text: row.text, revision: row.revision };
  const [exists, version] = await Promise.all([
    db.translation.count({ where: { segmentId, OR: [{ id: ref }, { versionId: ref }] } }),
    db.version.count({ where: { id: ref, documentId: options.documentId } }),
  ]);
  if (exists > 0 || version > 0) throw notFound("translation_not_found", "This sentence's rendering in that version");
  throw new HttpError(400, `"${ref}" is not a version of this document nor a proposal for this sentence.`, {
    code: "alignment_version_unknown",
  });
}

/**
 * The sentence and the rendering of it that `ref` names, both of which the caller may see, in one
 * query; otherwise the refusal `getSegmentOrThrow` and `resolveRendering` give, read step by step
 * (only when something is missing, so the common answer costs one round trip).
 */
export async function resolveSegmentRendering(options: { userId: string | null; segmentId: string; ref: string }) {
  const { userId, segmentId, ref } = options;
  const row = await getDb().translation.findFirst({
    where: {
      segmentId,
      segment: { document: visibleDocumentsWhere({ userId }) },
      AND: [{ OR: [{ id: ref }, { versionId: ref }] }, visibleTranslationsWhere(userId)],
    },
    select: {
      id: true,
      versionId: true,
      text: true,
      revision: true,
      segment: { select: { id: true, text: true, revision: true, documentId: true } },
    },
  });
  if (row)
    return { segment: row.segment, rendering: { translationId: row.id, versionId: row.versionId, text: row.text, revision: row.revision } };
  const segment = await getSegmentOrThrow(options);
  return { segment, rendering: await resolveRendering({ userId, segmentId, documentId: segment.documentId, ref }) };
}
