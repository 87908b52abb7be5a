/**
 * Which notes that arrive on the live stream are news to the reader: marked "new" in the notes
 * panel and counted on the Notes button and in the margins until the reader has seen them.
 *
 * News is what someone else did while the page was open: a note that was not on the page, or a
 * reply added to one that was. One's own writing (from another tab, say) is not news, nor is an
 * edit, a colour change or a note made visible again with nothing new in it.
 */
import type { AnnotationView } from "./types";

export function isNews(before: AnnotationView | undefined, after: AnnotationView): boolean {
  if (!before) return !after.mine;
  const known = new Set(before.replies.map((reply) => reply.id));
  return after.replies.some((reply) => !known.has(reply.id) && !reply.mine);
}

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
