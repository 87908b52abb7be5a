/**
 * How far apart two renderings are: the grapheme edit distance (insertions plus deletions of the
 * shortest edit script) divided by the combined length, so 0 is identical and 1 shares nothing.
 */
import { diffText, type DiffOp } from "./diff";
import { graphemes } from "./graphemes";

export function distanceOf(ops: DiffOp[]): number {
  let changed = 0;
  let total = 0;
  for (const o of ops) {
    const n = graphemes(o.text).length;
    total += o.op === "equal" ? 2 * n : n;
    if (o.op !== "equal") changed += n;
  }
  return total === 0 ? 0 : changed / total;
}

export const normalisedDistance = (a: string, b: string): number => distanceOf(diffText(a, b));
