/**
 * Words of a sentence, for choosing a span with the keyboard: each word-like segment
 * (`Intl.Segmenter`, so Chinese is split into words too) as UTF-16 offsets into the text.
 * A keyboard selection is a run of these words, `from` to `to` inclusive.
 */
export interface WordSpan {
  start: number;
  end: number;
}

export function wordSpans(text: string, lang: string): WordSpan[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  const words: WordSpan[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) words.push({ start: s.index, end: s.index + s.segment.length });
  }
  return words;
}

export interface WordRun {
  /** Index of the word the run started from (it stays put while the run grows or shrinks). */
  anchor: number;
  /** Index of the word at the moving edge. */
  focus: number;
}

/**
 * The run after one key: ArrowLeft/ArrowRight move a one-word run, with Shift they move only its
 * moving edge (so the run grows or shrinks word by word), kept within the sentence's words.
 */
export function stepWordRun(run: WordRun, key: "ArrowLeft" | "ArrowRight", extend: boolean, wordCount: number): WordRun {
  const clamp = (i: number) => Math.max(0, Math.min(wordCount - 1, i));
  const focus = clamp(run.focus + (key === "ArrowRight" ? 1 : -1));
  return extend ? { anchor: run.anchor, focus } : { anchor: focus, focus };
}

/** UTF-16 offsets covered by a run. */
export function runOffsets(words: WordSpan[], run: WordRun): WordSpan | null {
  const first = words[Math.min(run.anchor, run.focus)];
  const last = words[Math.max(run.anchor, run.focus)];
  return first && last ? { start: first.start, end: last.end } : null;
}
