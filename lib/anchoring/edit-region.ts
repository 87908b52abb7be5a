/**
 * Where a highlighted span is after its text was edited, when the span lies outside what the edit
 * changed. An edit is seen as one changed stretch between an unchanged head and an unchanged tail
 * (the longest each, in code points): a span within the head keeps its offsets, a span within the
 * tail moves by the change in length, and a span touching the changed stretch has no answer here
 * (the caller finds it by its words: reanchor.ts). Exact by construction, and constant time per
 * span, where searching for each quote costs its length times the text's.
 */
export interface EditRegion {
  /** Code points unchanged at the start of both texts. */
  head: number;
  /** Where the unchanged tail starts in the text before the edit. */
  tailBefore: number;
  /** Length after minus length before. */
  delta: number;
}

export function editRegion(before: string, after: string): EditRegion {
  const a = Array.from(before);
  const b = Array.from(after);
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a[head] === b[head]) head++;
  // The tail may not reach into the head (a repeated letter at the edit would count twice).
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tailBefore: a.length - tail, delta: b.length - a.length };
}

/** The span's offsets after the edit, or null when the edit touched it. */
export function throughEdit(region: EditRegion, span: { start: number; end: number }): { start: number; end: number } | null {
  if (span.end <= region.head) return { start: span.start, end: span.end };
  if (span.start >= region.tailBefore) return { start: span.start + region.delta, end: span.end + region.delta };
  return null;
}
