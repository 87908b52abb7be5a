import "server-only";
import { reanchor } from "@/lib/anchoring/reanchor";
import type { Prisma } from "../../generated/prisma/client";
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
  const touched = new Set<string>();
  for (const target of targets) {
    touched.add(target.annotationId);
    const result = reanchor(target, text);
    if (result.status === "orphan") {
      outcomes.push({ annotationId: target.annotationId, status: "orphaned" });
      continue;
    }
    outcomes.push({ annotationId: target.annotationId, status: result.status });
    const { exact, prefix, suffix, start, end } = result.selector;
    await tx.annotationTarget.update({ where: { id: target.id }, data: { exact, prefix, suffix, start, end, textRevision: revision } });
  }
  await refreshOrphanFlags(tx, [...touched]);
  const seen = touched.size ? await tx.annotation.findMany({ where: { AND: [{ id: { in: [...touched] } }, visibleAnnotationsWhere(reportTo)] }, select: { id: true } }) : [];
  const reported = new Set(seen.map((a) => a.id));
  const summary: ReanchorSummary = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const outcome of outcomes) if (reported.has(outcome.annotationId)) summary[outcome.status]++;
  return summary;
}

/** An annotation is an orphan while any of its targets is behind the revision of its text. */
export async function refreshOrphanFlags(tx: Prisma.TransactionClient, annotationIds: string[]) {
  if (annotationIds.length === 0) return;
  const targets = await tx.annotationTarget.findMany({
    where: { annotationId: { in: annotationIds } },
    select: { annotationId: true, textRevision: true, segment: { select: { revision: true } }, translation: { select: { revision: true } } },
  });
  const orphans = new Set(targets.filter((t) => t.textRevision !== (t.translation ?? t.segment).revision).map((t) => t.annotationId));
  const anchored = annotationIds.filter((id) => !orphans.has(id));
  if (orphans.size) await tx.annotation.updateMany({ where: { id: { in: [...orphans] } }, data: { orphan: true } });
  if (anchored.length) await tx.annotation.updateMany({ where: { id: { in: anchored } }, data: { orphan: false } });
}
