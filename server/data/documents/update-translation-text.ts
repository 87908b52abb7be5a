import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { textWorkConfig } from "../../runtime/text-worker-pool";
import { reanchorTargets } from "../annotations/reanchor-targets";
import type { TextEditResult } from "./update-segment-text";

/**
 * The owner corrects a published translation of one of their documents; notes on it are
 * re-anchored in the same transaction (see update-segment-text.ts). Proposals are not edited here.
 */
export async function updateTranslationText(options: {
  userId: string;
  slug: string;
  translationId: string;
  text: string;
}): Promise<TextEditResult> {
  // Longer than the default 5 s: re-anchoring many long quotes may use a text worker for up to its time limit.
  return getDb().$transaction(
    async (tx) => {
      const translation = await tx.translation.findFirst({
        where: { id: options.translationId, kind: "published", segment: { document: { slug: options.slug, ownerId: options.userId } } },
        select: { id: true, segmentId: true },
      });
      if (!translation) throw notFound("translation_not_found", "This translation");
      // Locked: concurrent edits take turns (see update-segment-text.ts).
      const [current] = await tx.$queryRaw<
        { text: string; revision: number }[]
      >`SELECT text, revision FROM "Translation" WHERE id = ${translation.id} FOR UPDATE`;
      if (!current) throw notFound("translation_not_found", "This translation");
      const revision = current.text === options.text ? current.revision : current.revision + 1;
      if (revision !== current.revision)
        await tx.translation.update({ where: { id: translation.id }, data: { text: options.text, revision } });
      const reanchored = await reanchorTargets(
        tx,
        { segmentId: translation.segmentId, translationId: translation.id },
        { before: current, text: options.text, revision },
        options.userId,
      );
      return { documentSlug: options.slug, id: translation.id, text: options.text, revision, reanchored };
    },
    { timeout: textWorkConfig().timeoutMs + 10_000 },
  );
}
