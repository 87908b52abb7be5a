/**
 * The alignment editor's operations on rows of English | Chinese, pure so they can be tested:
 * split a Chinese cell (the rest moves to the next row), merge a row with the next, and shift a
 * Chinese sentence to the row above or below. Chinese cells are cut at sentence boundaries found
 * by the same segmentation as the import.
 */
import { segmentSentences } from "@/lib/anchoring/segment-sentences";

export interface EditorRow {
  paragraph: number;
  kind: "salutation" | "sentence" | "signoff";
  en: string;
  zh: string;
}

/** Why an operation could not be done: a key of the "Align.errors" messages. */
export type AlignmentProblem = "noNextRowToSplit" | "oneSentence" | "noNextRowToMerge" | "noRowAbove" | "noRowBelow" | "noChineseToMove";

const sentencesOf = (zh: string) => segmentSentences(zh, "zh").map((s) => s.text);
const replace = (rows: EditorRow[], at: number, ...items: EditorRow[]) => [
  ...rows.slice(0, at),
  ...items,
  ...rows.slice(at + items.length),
];

/** Moves the Chinese after `cut` (UTF-16) to the start of the next row; without a cut inside the text, the last sentence. */
export function splitChinese(rows: EditorRow[], i: number, cut?: number): EditorRow[] | AlignmentProblem {
  const row = rows[i];
  const next = rows[i + 1];
  if (!row || !next) return "noNextRowToSplit";
  let at = cut;
  if (at === undefined || at <= 0 || at >= row.zh.length) {
    const sentences = sentencesOf(row.zh);
    if (sentences.length < 2) return "oneSentence";
    at = row.zh.lastIndexOf(sentences.at(-1)!);
  }
  const head = row.zh.slice(0, at).trim();
  const tail = row.zh.slice(at).trim();
  return replace(rows, i, { ...row, zh: head }, { ...next, zh: tail + next.zh });
}

/** Joins row `i` and the next into one (English with a space, Chinese directly). */
export function mergeWithNext(rows: EditorRow[], i: number): EditorRow[] | AlignmentProblem {
  const row = rows[i];
  const next = rows[i + 1];
  if (!row || !next) return "noNextRowToMerge";
  const merged = { ...row, en: `${row.en} ${next.en}`.trim(), zh: row.zh + next.zh, kind: row.kind === next.kind ? row.kind : "sentence" };
  return [...rows.slice(0, i), merged, ...rows.slice(i + 2)];
}

/** Moves the first Chinese sentence of row `i` to the end of the row above. */
export function shiftUp(rows: EditorRow[], i: number): EditorRow[] | AlignmentProblem {
  const row = rows[i];
  const previous = rows[i - 1];
  if (!row || !previous) return "noRowAbove";
  const first = sentencesOf(row.zh)[0];
  if (!first) return "noChineseToMove";
  return replace(
    rows,
    i - 1,
    { ...previous, zh: previous.zh + first },
    { ...row, zh: row.zh.slice(row.zh.indexOf(first) + first.length).trim() },
  );
}

/** Moves the last Chinese sentence of row `i` to the start of the row below. */
export function shiftDown(rows: EditorRow[], i: number): EditorRow[] | AlignmentProblem {
  const row = rows[i];
  const next = rows[i + 1];
  if (!row || !next) return "noRowBelow";
  const last = sentencesOf(row.zh).at(-1);
  if (!last) return "noChineseToMove";
  return replace(rows, i, { ...row, zh: row.zh.slice(0, row.zh.lastIndexOf(last)).trim() }, { ...next, zh: last + next.zh });
}
