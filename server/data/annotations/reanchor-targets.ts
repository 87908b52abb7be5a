import "server-only";
import { codePointLength } from "@/lib/anchoring/code-points";
import { editRegion, throughEdit } from "@/lib/anchoring/edit-region";
import { reanchor, type Reanchored } from "@/lib/anchoring/reanchor";
import { describeSpan, type TextSelector } from "@/lib/anchoring/text-quote";
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
 * from `before` to `text` at `revision`, inside the caller's transaction. A target that finds its
 * words gets the new selector and revision; one that does not keeps its old quote and revision, and
 * its note is flagged orphan. Nothing is deleted and no target leaves its segment. A target made on
 * `before` whose words the edit did not touch is carried through the edit by offset
 * (edit-region.ts); only the rest are searched for by their words.
 *
 * The summary counts only the targets of notes `reportTo` (the editing owner) may see: every note
 * is re-anchored, but what happened to another reader's private note, or to a class note of a
 * class the owner is not in, would tell the owner that it exists and which words it marks.
 */
export async function reanchorTargets(
  tx: Prisma.TransactionClient,
  on: { segmentId: string; translationId: string | null },
  edit: { before: { text: string; revision: number }; text: string; revision: number },
  reportTo: string,
): Promise<ReanchorSummary> {
  const { text, revision } = edit;
  const outcomes: { annotationId: string; status: keyof ReanchorSummary }[] = [];
  const targets = await tx.annotationTarget.findMany({ where: { segmentId: on.segmentId, translationId: on.translationId } });
  const region = editRegion(edit.before.text, text);
  const carried = targets.map((target): Reanchored | null => {
    const span = target.textRevision === edit.before.revision ? throughEdit(region, target) : null;
    if (!span) return null;
    const selector = describeSpan(text, span.start, span.end);
    // The words must be the ones stored (a target out of step with its revision is searched for instead).
    if (selector.exact !== target.exact) return null;
    return { status: span.start === target.start ? "exact" : "moved", selector };
  });
  const searched = targets.filter((_, i) => !carried[i]);
  const found = await reanchorAll(searched, text);
  let next = 0;
  const results = carried.map((c) => c ?? found[next++]!);
  const touched = new Set<string>();
  const rows: Array<{ id: string; exact?: string; prefix: string; suffix: string; start: number; end: number }> = [];
  for (const [i, target] of targets.entries()) {
    touched.add(target.annotationId);
    const result = results[i]!;
    if (result.status === "orphan") {
      outcomes.push({ annotationId: target.annotationId, status: "orphaned" });
      continue;
    }
    outcomes.push({ annotationId: target.annotationId, status: result.status });
    const { exact, prefix, suffix, start, end } = result.selector;
    // The quote itself is sent only when it changed (a fuzzy match): most notes move, with the same words.
    rows.push({ id: target.id, ...(exact === target.exact ? {} : { exact }), prefix, suffix, start, end });
  }
  // One statement for them all: a sentence with a thousand notes is one round trip, not a thousand.
  if (rows.length)
    await tx.$executeRaw`
      UPDATE "AnnotationTarget" AS t
      SET exact = COALESCE(v.exact, t.exact), prefix = v.prefix, suffix = v.suffix, start = v.start, "end" = v."end", "textRevision" = ${revision}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, exact text, prefix text, suffix text, start int, "end" int)
      WHERE t.id = v.id`;
  await refreshOrphanFlags(tx, [...touched]);
  const seen = touched.size
    ? await tx.annotation.findMany({
        // The notes on this text, as a join: not a list of a thousand ids for the ORM to compile.
        where: {
          AND: [{ targets: { some: { segmentId: on.segmentId, translationId: on.translationId } } }, visibleAnnotationsWhere(reportTo)],
        },
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

/**
 * An annotation is an orphan while any of its targets is behind the revision of its text (its
 * translation's, or its sentence's). One statement, and only the notes whose flag changes are
 * written: re-anchoring a sentence's thousand notes rewrites none that were anchored and still are.
 */
export async function refreshOrphanFlags(tx: Prisma.TransactionClient, annotationIds: string[]) {
  if (annotationIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Annotation" AS a SET orphan = behind.orphan
    FROM (
      SELECT a2.id, EXISTS (
        SELECT 1 FROM "AnnotationTarget" t
        LEFT JOIN "Segment" s ON s.id = t."segmentId"
        LEFT JOIN "Translation" tr ON tr.id = t."translationId"
        WHERE t."annotationId" = a2.id AND t."textRevision" IS DISTINCT FROM COALESCE(tr.revision, s.revision)
      ) AS orphan
      FROM "Annotation" a2 WHERE a2.id = ANY(${annotationIds}::text[])
    ) AS behind
    WHERE a.id = behind.id AND a.orphan IS DISTINCT FROM behind.orphan`;
}
