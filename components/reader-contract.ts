/**
 * The reader's contract with the client layers that enhance it (notes, compare, share, export).
 * The reader (components/reader/reader.tsx) renders static HTML with these attributes:
 *
 * - `data-reader-text` on the letter; `data-notes-slot` where the notes panel mounts;
 * - `data-pair={segmentId}` on each row (`.number` inside holds the sentence's number);
 * - `.sentence[data-segment-id]` on each sentence, plus `data-version-id` on a translation's and
 *   `data-script="hans"` on its Simplified twin;
 * - `data-margin={segmentId}` on each row's margin cell, where layers portal their buttons.
 *
 * Word links (components/word-links) paint the CSS highlight named WORD_LINK_HIGHLIGHT over a
 * hovered or selected word and its counterpart in the other language.
 *
 * Layers find the reader only through this module, and talk to each other only through its window
 * events, so no feature imports another. It imports only types.
 */
import type { VoteTally } from "@/lib/translations/types";

export const READER_TEXT = "[data-reader-text]";
export const NOTES_SLOT = "[data-notes-slot]";
export const PAIR = "[data-pair]";
export const MARGIN = "[data-margin]";
export const SENTENCE = ".sentence[data-segment-id]";
export const ENGLISH_SENTENCE = `${SENTENCE}:not([data-version-id])`;

export const WORD_LINK_HIGHLIGHT = "word-link";

export const pairOf = (segmentId: string) => `[data-pair="${CSS.escape(segmentId)}"]`;

export const readerText = () => document.querySelector<HTMLElement>(READER_TEXT);
export const notesSlot = () => document.querySelector<HTMLElement>(NOTES_SLOT);
export const margins = () => [...document.querySelectorAll<HTMLElement>(MARGIN)];

/** The sentence element holding `node`, if any. */
export const sentenceOf = (node: Node | null): HTMLElement | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(SENTENCE) ?? null;

/** The translation of a sentence that is on screen now (the chosen version, in the chosen script). */
export const shownTranslationOf = (segmentId: string): HTMLElement | null =>
  [...document.querySelectorAll<HTMLElement>(`${pairOf(segmentId)} ${SENTENCE}[data-version-id]`)].find((el) => el.offsetParent !== null) ??
  null;

/** The English sentence of a segment's row. */
export const englishOf = (segmentId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`${pairOf(segmentId)} ${ENGLISH_SENTENCE}`);

/** The number the reader shows for a sentence ("12"), or null when it is not on the page. */
export const sentenceNumber = (segmentId: string): string | null =>
  document.querySelector(`${pairOf(segmentId)} .number`)?.textContent || null;

export function scrollToSentence(segmentId: string): void {
  document.querySelector(pairOf(segmentId))?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** A typed window event: one name, one detail type, a dispatcher and a listener that returns its removal. */
function windowEvent<Detail>(name: string) {
  return {
    dispatch: (detail: Detail) => window.dispatchEvent(new CustomEvent(name, { detail })),
    listen: (handler: (detail: Detail) => void): (() => void) => {
      const listener = (event: Event) => handler((event as CustomEvent<Detail>).detail);
      window.addEventListener(name, listener);
      return () => window.removeEventListener(name, listener);
    },
  };
}

/** "Compare this sentence's translations" (C on a focused sentence): the segment's id. */
export const openCompare = windowEvent<string>("interleaf:open-compare");

/** A vote tally that arrived on the live stream, for whatever shows that rendering. */
export interface LiveVote {
  translationId: string;
  segmentId: string;
  votes: VoteTally;
}
export const liveVote = windowEvent<LiveVote>("interleaf:vote");
