import "server-only";
import { diffText, type DiffOp } from "@/lib/diff/diff";
import { distanceOf } from "@/lib/diff/distance";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { visibleTranslationsWhere } from "./visibility";

export interface Side {
  id: string;
  versionId?: string;
  label: string;
  text: string;
}
export interface Comparison {
  a: Side;
  b: Side;
  ops: DiffOp[];
  distance: number;
}

/** One side, named by a translation id or (for published ones) a version id, of this segment. */
async function sideOf(userId: string | null, segmentId: string, ref: string): Promise<Side> {
  const row = await getDb().translation.findFirst({
    // AND, not a spread: the visibility rule has its own OR.
    where: { segmentId, AND: [{ OR: [{ id: ref }, { versionId: ref }] }, visibleTranslationsWhere(userId)] },
    select: { id: true, versionId: true, text: true, version: { select: { name: true } }, author: { select: { name: true } } },
  });
  if (!row) throw notFound("translation_not_found", `The translation "${ref}" of this sentence`);
  return {
    id: row.id,
    ...(row.versionId ? { versionId: row.versionId } : {}),
    label: row.version?.name ?? `Proposal by ${row.author?.name ?? "a reader"}`,
    text: row.text,
  };
}

/** A character-level diff between two renderings of one sentence. */
export async function compareTranslations(options: {
  userId: string | null;
  segmentId: string;
  a: string;
  b: string;
}): Promise<Comparison> {
  await getSegmentOrThrow(options);
  const [a, b] = await Promise.all([
    sideOf(options.userId, options.segmentId, options.a),
    sideOf(options.userId, options.segmentId, options.b),
  ]);
  const ops = diffText(a.text, b.text);
  return { a, b, ops, distance: distanceOf(ops) };
}
