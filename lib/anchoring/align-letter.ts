/**
 * A pasted letter and its pasted translation, segmented and aligned: one row per English segment
 * with the Chinese text aligned to it, cut from the Chinese input exactly as pasted (the sentences
 * of a 1-2 bead keep what lay between them). This is what an import starts from and what the
 * alignment editor lets the owner correct.
 */
import { alignSentences, chineseForEachEnglish } from "./align-sentences";
import { segmentSentences, type SegmentKind, type TextSegment } from "./segment-sentences";

export interface AlignedRow {
  paragraph: number;
  kind: SegmentKind;
  en: string;
  zh: string;
}

export function alignLetter(en: string, zh: string): AlignedRow[] {
  return alignSegments(segmentSentences(en, "en"), segmentSentences(zh, "zh"), zh);
}

/** Rows from segments already cut from the two texts (`zh` is the Chinese text they were cut from). */
export function alignSegments(enSegments: TextSegment[], zhSegments: TextSegment[], zh: string): AlignedRow[] {
  const beads = alignSentences(enSegments, zhSegments);
  const perEnglish = chineseForEachEnglish(beads, enSegments.length);
  return enSegments.map((segment, i) => {
    const picks = perEnglish[i]!;
    const first = zhSegments[picks[0] ?? -1];
    const last = zhSegments[picks.at(-1) ?? -1];
    // Contiguous picks: keep the pasted text between them; otherwise join with nothing (Chinese).
    const contiguous = picks.every((p, k) => k === 0 || p === picks[k - 1]! + 1);
    const text =
      !first || !last
        ? ""
        : contiguous
          ? withoutLineBreaks(zh.slice(first.start, last.end))
          : picks.map((p) => zhSegments[p]!.text).join("");
    return { paragraph: segment.paragraph, kind: segment.kind, en: segment.text, zh: text };
  });
}

/**
 * Drops every run of whitespace that contains a line break (Chinese needs no space where a pasted
 * line was wrapped) and keeps the others. Each run is matched once from its first character:
 * the former pattern (spaces, a newline, spaces) did the same but re-read a long run of spaces
 * from every position in it (quadratic).
 */
export const withoutLineBreaks = (text: string) => text.replace(/\s+/gu, (run) => (run.includes("\n") ? "" : run));
