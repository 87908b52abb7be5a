import "server-only";
import { codePointLength } from "@/lib/anchoring/code-points";
import { reanchor, type Reanchored } from "@/lib/anchoring/reanchor";
import type { TextSelector } from "@/lib/anchoring/text-quote";
import type { Prisma } from "../../generated/prisma/client";
import { runTextJob } from "../../runtime/text-worker-pool";
import { visibleAnnotationsWhere } from "./visibility";

export interface ReanchorSummary {
  exact: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * Re-anchors every target on one text (a segment's English, or one translation) after it changed
 * to `text` at `revision`, inside the caller's transaction. A target that finds its words gets the
 * new selector and revision; one that does not keeps its old quote and revision, and its note is
 * flagged orphan. Nothing is deleted and no target leaves its segment.
 *
 * The summary counts only the targets of notes `reportTo` (the editing owner) may see: every note
 * is re-anchored, but what happened to another reader's private note, or to a class note of a
 * class the owner is not in, would tell the owner that it exists and which words it marks.
 */
export async function reanchorTargets(
  tx: Prisma.TransactionClient,
  on: { segmentId: string; translationId: string | null },
  text: string,
  revision: number,
  reportTo: string,
): Promise<ReanchorSummary> {
  const outcomes: { annotationId: string; status: keyof ReanchorSummary }[] = [];
  const targets = await tx.annotationTarget.findMany({ where: { segmentId: on.segmentId, translationId: on.translationId } });
  const results = await reanchorAll(targets, text);
  const touched = new Set<string>();
  for (const [i, target] of targets.entries()) {
    touched.add(target.annotationId);
    const result = results[i]!;
    if (result.status === "orphan") {
      outcomes.push({ annotationId: target.annotationId, status: "orphaned" });
      continue;
    }
    outcomes.push({ annotationId: target.annotationId, status: result.status });
    const { exact, prefix, suffix, start, end } = result.selector;
    await tx.annotationTarget.update({ where: { id: target.id }, data: { exact, prefix, suffix, start, end, textRevision: revision } });
  }
  await refreshOrphanFlags(tx, [...touched]);
  const seen = touched.size
    ? await tx.annotation.findMany({
        where: { AND: [{ id: { in: [...touched] } }, visibleAnnotationsWhere(reportTo)] },
        select: { id: true },
      })
    : [];
  const reported = new Set(seen.map((a) => a.id));
  const summary: ReanchorSummary = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const outcome of outcomes) if (reported.has(outcome.annotationId)) summary[outcome.status]++;
  return summary;
}

/** Below this much work (quote × text code points, the fuzzy search's cost) re-anchoring runs inline. */
export const INLINE_REANCHOR_WORK = 500_000;

/**
 * Re-anchors selectors in `text`: inline when cheap (the usual note or two), else in a text worker,
 * since many long quotes on a 10,000-character sentence take seconds of fuzzy matching.
 */
export async function reanchorAll(selectors: TextSelector[], text: string): Promise<Reanchored[]> {
  const length = codePointLength(text);
  const work = selectors.reduce((total, s) => total + codePointLength(s.exact) * length, 0);
  if (work <= INLINE_REANCHOR_WORK) return selectors.map((selector) => reanchor(selector, text));
  const plain = selectors.map(({ exact, prefix, suffix, start, end }) => ({ exact, prefix, suffix, start, end }));
  return runTextJob("reanchorAll", { selectors: plain, text });
}

/** An annotation is an orphan while any of its targets is behind the revision of its text. */
export async function refreshOrphanFlags(tx: Prisma.TransactionClient, annotationIds: string[]) {
  if (annotationIds.length === 0) return;
  const targets = await tx.annotationTarget.findMany({
    where: { annotationId: { in: annotationIds } },
    select: {
      annotationId: true,
      textRevision: true,
      segment: { select: { revision: true } },
      translation: { select: { revision: true } },
    },
  });
  const orphans = new Set(targets.filter((t) => t.textRevision !== (t.translation ?? t.segment).revision).map((t) => t.annotationId));
  const anchored = annotationIds.filter((id) => !orphans.has(id));
  if (orphans.size) await tx.annotation.updateMany({ where: { id: { in: [...orphans] } }, data: { orphan: true } });
  if (anchored.length) await tx.annotation.updateMany({ where: { id: { in: anchored } }, data: { orphan: false } });
}
