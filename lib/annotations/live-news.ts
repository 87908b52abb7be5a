/**
 * Which notes that arrive on the live stream are news to the reader: marked "new" in the notes
 * panel and counted on the Notes button and in the margins until the reader has seen them.
 *
 * News is what someone else did while the page was open: a note that was not on the page, or a
 * reply added to one that was. One's own writing (from another tab, say) is not news, nor is an
 * edit, a colour change or a note made visible again with nothing new in it. How many unseen
 * notes each sentence has is unseen-counts.ts (with the page; this loads with the first live note).
 */
import type { AnnotationView } from "./types";

export function isNews(before: AnnotationView | undefined, after: AnnotationView): boolean {
  if (!before) return !after.mine;
  const known = new Set(before.replies.map((reply) => reply.id));
  return after.replies.some((reply) => !known.has(reply.id) && !reply.mine);
}
