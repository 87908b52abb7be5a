import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { textWorkConfig } from "../../runtime/text-worker-pool";
import { reanchorTargets, type ReanchorSummary } from "../annotations/reanchor-targets";

export interface TextEditResult {
  documentSlug: string;
  id: string;
  text: string;
  revision: number;
  reanchored: ReanchorSummary;
}

/**
 * The owner corrects a sentence's English. The text, its revision and every note's anchor change
 * in one transaction, so no reader ever sees a note pointing into a text it was not made on.
 * Anyone else gets 404, as if the sentence did not exist. The summary of re-anchored notes counts
 * only the notes the owner may see.
 */
export async function updateSegmentText(options: { userId: string; segmentId: string; text: string }): Promise<TextEditResult> {
  // Longer than the default 5 s: re-anchoring many long quotes may use a text worker for up to its time limit.
  return getDb().$transaction(
    async (tx) => {
      const segment = await tx.segment.findFirst({
        where: { id: options.segmentId, document: { ownerId: options.userId } },
        select: { id: true, document: { select: { slug: true } } },
      });
      if (!segment) throw notFound("sentence_not_found", "This sentence");
      // Locked: concurrent edits of one text take turns, so a revision always names one text.
      const [current] = await tx.$queryRaw<
        { text: string; revision: number }[]
      >`SELECT text, revision FROM "Segment" WHERE id = ${segment.id} FOR UPDATE`;
      if (!current) throw notFound("sentence_not_found", "This sentence");
      const revision = current.text === options.text ? current.revision : current.revision + 1;
      if (revision !== current.revision) await tx.segment.update({ where: { id: segment.id }, data: { text: options.text, revision } });
      const reanchored = await reanchorTargets(
        tx,
        { segmentId: segment.id, translationId: null },
        { before: current, text: options.text, revision },
        options.userId,
      );
      return { documentSlug: segment.document.slug, id: segment.id, text: options.text, revision, reanchored };
    },
    { timeout: textWorkConfig().timeoutMs + 10_000 },
  );
}
