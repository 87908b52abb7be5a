/**
 * Where the selection toolbar goes: next to the selection, but over neither the rest of its
 * sentence nor the counterpart. `avoid` is the box around the sentence and its counterpart (the
 * pair's sentences on screen): the toolbar goes just above it or just below it, on the side nearer
 * the selection, flipping when that side has no room. A pair taller than the screen cannot be
 * avoided; then the toolbar sits above (or below) the selection's own line. All in viewport pixels.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Placement {
  selection: Box;
  avoid: Box;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** What covers the top of the screen (the sticky reading options). */
  topInset: number;
}

const GAP = 8;

export function placeToolbar({ selection, avoid, size, viewport, topInset }: Placement): { top: number; left: number } {
  const fits = (top: number) => top >= topInset + 4 && top + size.height <= viewport.height - 4;
  const above = avoid.top - GAP - size.height;
  const below = avoid.bottom + GAP;
  const nearerTop = selection.top - avoid.top <= avoid.bottom - selection.bottom;
  const [first, second] = nearerTop ? [above, below] : [below, above];
  const lineAbove = selection.top - GAP - size.height;
  const top = fits(first) ? first : fits(second) ? second : fits(lineAbove) ? lineAbove : selection.bottom + GAP;
  const left = Math.max(GAP, Math.min(selection.left, viewport.width - size.width - GAP));
  return { top, left };
}
