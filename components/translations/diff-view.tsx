/**
 * One side of a character-level diff, as plain text: side "a" shows what only it has as <del>,
 * side "b" shows what only it has as <ins>. Marked by a line and weight as well as by colour, and
 * with visually hidden "removed"/"added" labels for screen readers.
 */
import type { DiffOp } from "@/lib/diff/diff";

export function DiffSide({ ops, side, lang }: { ops: DiffOp[]; side: "a" | "b"; lang?: string }) {
  const skip = side === "a" ? "insert" : "delete";
  return (
    <span className="diff-text" lang={lang}>
      {ops
        .filter((o) => o.op !== skip)
        .map((o, i) =>
          o.op === "equal" ? (
            <span key={i}>{o.text}</span>
          ) : o.op === "delete" ? (
            <del key={i} className="diff-del">
              <span className="visually-hidden">[only in A: </span>
              {o.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <ins key={i} className="diff-ins">
              <span className="visually-hidden">[only in B: </span>
              {o.text}
              <span className="visually-hidden">]</span>
            </ins>
          ),
        )}
    </span>
  );
}

/**
 * Colour of a divergence strip cell: pale for agreement, deep for disagreement. Two translations of
 * one sentence rarely differ by more than 60%, so the scale saturates there.
 */
export function divergenceColor(distance: number): string {
  const d = Math.min(1, distance / 0.6);
  return `hsl(${Math.round(40 - 40 * d)} ${Math.round(45 + 40 * d)}% ${Math.round(92 - 45 * d)}%)`;
}
