/** The reader's count of unseen notes (live-news.ts says which notes are news until seen). */
import type { AnnotationView } from "./types";

/** How many unseen notes each sentence has, for the margins (a note on two sentences counts on both). */
export function unseenBySegment(annotations: readonly AnnotationView[], unseen: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (unseen.size === 0) return counts;
  for (const a of annotations) {
    if (!unseen.has(a.id)) continue;
    for (const id of new Set(a.targets.map((t) => t.segmentId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
