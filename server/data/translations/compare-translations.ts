import "server-only";
import { CLOSE_DISTANCE, renderingPairs, type RenderingPair } from "@/lib/alignment/rendering-pairs";
import { diffText, type DiffOp } from "@/lib/diff/diff";
import { distanceOf } from "@/lib/diff/distance";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { versionLinks } from "../alignment/get-word-alignment";
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
  /** Two published versions that differ more than a little: what each made of each aligned English word. */
  pairs?: RenderingPair[];
}

/** How long a comparison waits for a version's word links (the first request aligns it); without them, the diff alone. */
const LINKS_WAIT_MS = 2000;

async function pairsOf(segment: { id: string; text: string; documentId: string }, a: Side, b: Side): Promise<RenderingPair[]> {
  if (!a.versionId || !b.versionId) return [];
  const linksOf = (versionId: string) => versionLinks(segment.documentId, versionId).then((m) => m.get(segment.id) ?? []);
  const links = await Promise.race([
    Promise.all([linksOf(a.versionId), linksOf(b.versionId)]).catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), LINKS_WAIT_MS)),
  ]);
  return links ? renderingPairs(segment.text, { zh: a.text, links: links[0] }, { zh: b.text, links: links[1] }) : [];
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
  const segment = await getSegmentOrThrow(options);
  const [a, b] = await Promise.all([
    sideOf(options.userId, options.segmentId, options.a),
    sideOf(options.userId, options.segmentId, options.b),
  ]);
  const ops = diffText(a.text, b.text);
  const distance = distanceOf(ops);
  const pairs = distance > CLOSE_DISTANCE ? await pairsOf(segment, a, b) : [];
  return { a, b, ops, distance, ...(pairs.length > 0 ? { pairs } : {}) };
}
