/**
 * A character-level diff that is right for CJK text: it compares grapheme clusters, not UTF-16
 * units, using Myers' O(ND) algorithm, and coalesces neighbouring operations of one kind.
 *
 * Invariant: the `equal` and `delete` texts, in order, rebuild `a`; the `equal` and `insert`
 * texts rebuild `b`. Within a changed stretch deletions come before insertions.
 */
import { graphemes } from "./graphemes";

/** Largest product of the two changed middles' lengths diffed exactly (about 1000 × 1000 graphemes). */
export const MAX_MYERS_PRODUCT = 1_000_000;

export type DiffOp = { op: "equal" | "insert" | "delete"; text: string };

/** Myers' shortest edit script over two arrays, as a list of per-item operations. */
function myers(a: string[], b: string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace backwards to recover the path.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = d === 0 ? 0 : k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: "equal", text: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ op: "insert", text: b[y - 1]! });
      else ops.push({ op: "delete", text: a[x - 1]! });
    }
    x = prevX;
    y = prevY;
  }
  // d === 0 may leave a leading common run when both start equal.
  while (x > 0 && y > 0) {
    ops.push({ op: "equal", text: a[x - 1]! });
    x--;
    y--;
  }
  return ops.reverse();
}

/** Joins neighbours of one kind, and puts deletions before insertions inside a changed stretch. */
function coalesce(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
  };
  for (const op of ops) {
    if (op.op === "delete") del += op.text;
    else if (op.op === "insert") ins += op.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === "equal") last.text += op.text;
      else out.push({ op: "equal", text: op.text });
    }
  }
  flush();
  return out;
}

/** The diff of `a` into `b`, grapheme by grapheme. */
export function diffText(a: string, b: string): DiffOp[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  const ga = graphemes(a);
  const gb = graphemes(b);
  // Strip the common prefix and suffix first: most translations of one sentence share a lot.
  let start = 0;
  while (start < ga.length && start < gb.length && ga[start] === gb[start]) start++;
  let endA = ga.length;
  let endB = gb.length;
  while (endA > start && endB > start && ga[endA - 1] === gb[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffOp[] = [];
  if (start > 0) ops.push({ op: "equal", text: ga.slice(0, start).join("") });
  const midA = ga.slice(start, endA);
  const midB = gb.slice(start, endB);
  // Myers keeps O((n+m)·D) of trace: bounded here so two long proposals cannot cost a request
  // hundreds of megabytes. Past the bound the middle is one deletion and one insertion: still a
  // correct diff (it rebuilds both sides), just not a minimal one.
  if (midA.length * midB.length > MAX_MYERS_PRODUCT) {
    if (midA.length) ops.push({ op: "delete", text: midA.join("") });
    if (midB.length) ops.push({ op: "insert", text: midB.join("") });
  } else ops.push(...myers(midA, midB));
  if (endA < ga.length) ops.push({ op: "equal", text: ga.slice(endA).join("") });
  return coalesce(ops);
}

/** The side a diff was made from (`"a"`) or to (`"b"`), rebuilt from its operations. */
export function rebuild(ops: DiffOp[], side: "a" | "b"): string {
  const skip = side === "a" ? "insert" : "delete";
  return ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join("");
}
