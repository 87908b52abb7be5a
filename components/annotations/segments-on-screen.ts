/**
 * The sentences on screen and just below it, for loading their notes before the rest of a long
 * document's. The rows are in reading order, so a binary search finds the first visible one
 * without measuring every row.
 *
 * Self-contained (no imports, no helpers) because it is also sent as source in the reader's inline
 * script (first-screen-notes.ts), which asks for these notes before the page hydrates.
 */
export function segmentsOnScreen(rows: ArrayLike<HTMLElement>, max: number, screens = 2): string[] {
  // By default this screen and the next: a quick scroll finds them painted.
  const bottom = window.innerHeight * screens;
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
