/**
 * The sentences on screen and just below it, for loading their notes before the rest of a long
 * document's. The rows are in reading order, so a binary search finds the first visible one
 * without measuring every row.
 */
import { PAIR } from "@/components/reader-contract";

export function segmentsOnScreen(root: ParentNode, max: number): string[] {
  const rows = [...root.querySelectorAll<HTMLElement>(PAIR)];
  const bottom = window.innerHeight * 2; // this screen and the next: a quick scroll finds them painted
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid]!.getBoundingClientRect().bottom < 0) low = mid + 1;
    else high = mid;
  }
  const ids: string[] = [];
  for (let i = low; i < rows.length && ids.length < max; i++) {
    if (rows[i]!.getBoundingClientRect().top > bottom) break;
    ids.push(rows[i]!.dataset.pair!);
  }
  return ids;
}
