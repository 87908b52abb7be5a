/**
 * The reader's contract with the client layers that enhance it (notes, compare, share, export).
 * The reader (components/reader/reader.tsx) renders static HTML with these attributes:
 *
 * - `data-reader-text` on the letter (and `data-long` on a long one); `data-notes-slot` where the notes panel mounts;
 * - `data-pair={segmentId}` on each row (`.number` inside holds the sentence's number);
 * - `.sentence[data-segment-id]` on each sentence, plus `data-version-id` on a translation's; a
 *   translation's converted twin (the other script) has `data-script="hans"|"hant"`, the `lang` of
 *   that script and `data-offsets`, its offset map to the canonical element (lib/script/offset-map.ts);
 * - `data-margin={segmentId}` on each row's margin cell, with its buttons (reader/sentence-margin.ts):
 *   `.margin-compare`, `.margin-count`, `.margin-add`, `.margin-speak`, and `#notes-of-{segmentId}`
 *   (what a screen reader says of the sentence's notes). Layers fill them in; they do not portal
 *   into a thousand margins.
 *
 * Word links (components/word-links) paint the CSS highlight named WORD_LINK_HIGHLIGHT over a
 * hovered or selected word and its counterpart in the other language.
 *
 * Layers find the reader only through this module, and talk to each other only through its window
 * events, so no feature imports another. It imports only types.
 */
import type { VoteTally } from "@/lib/translations/types";

export const READER_TEXT = "[data-reader-text]";
/**
 * A text of more than this many sentences is long: the reader marks its text `data-long`, lays out
 * only the paragraphs near the screen, fills in the rows after the first screens in the browser,
 * and the notes of the first screen are asked for before the rest.
 */
export const LONG_TEXT_SENTENCES = 150;
/** The attribute that marks a long text: the layers ask it, not the number of rows (the browser may still be filling them in). */
export const LONG_TEXT = "data-long";
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

/** Each sentence's place in the text as the reader shows it (0, 1, …), by segment id. */
export function segmentPositions(): Map<string, number> {
  const positions = new Map<string, number>();
  document.querySelectorAll<HTMLElement>(PAIR).forEach((pair, i) => positions.set(pair.dataset.pair!, i));
  return positions;
}

export function scrollToSentence(segmentId: string): void {
  const pair = document.querySelector<HTMLElement>(pairOf(segmentId));
  if (pair && !revealAboveSheet(pair)) pair.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** The bottom sheet a phone shows notes in (the notes panel below 768 px), when it is open. */
const openSheet = () =>
  window.matchMedia("(max-width: 767.98px)").matches ? document.querySelector<HTMLElement>("[data-bottom-sheet]") : null;

/**
 * On a phone with the notes sheet open, scrolls `element` (the sentence being annotated) into the
 * strip between the sticky reading options and the sheet, so the sheet never covers it. Returns
 * false when there is no sheet (the caller scrolls as it would anyway).
 */
export function revealAboveSheet(element: HTMLElement): boolean {
  const sheet = openSheet();
  if (!sheet) return false;
  const bar = document.querySelector("[data-reader-controls]")?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(0, bar) + 8;
  const bottom = sheet.getBoundingClientRect().top - 8;
  const rect = element.getBoundingClientRect();
  if (rect.top >= top && rect.bottom <= bottom) return true;
  // Too tall for the strip: its beginning shows. Otherwise the least scrolling that shows all of it.
  const delta = rect.top < top || rect.height > bottom - top ? rect.top - top : rect.bottom - bottom;
  window.scrollBy({ top: delta, behavior: "instant" });
  return true;
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

/**
 * A DOM Range over UTF-16 offsets [start, end) of `element`'s text, or null past its end. A
 * sentence is one text node, except with ruby on (components/reading-aids/ruby.ts): then its words
 * sit in <ruby> elements whose <rt> hold no text (the reading is drawn by CSS), so the text nodes
 * still spell exactly the sentence and offsets count the same characters.
 */
export function textRange(element: Node, start: number, end: number): Range | null {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!started && start <= node.length) {
      range.setStart(node, start);
      started = true;
    }
    if (started && end <= node.length) {
      range.setEnd(node, end);
      return range;
    }
    start -= node.length;
    end -= node.length;
  }
  return null;
}

/** Sentences' text nodes were replaced (ruby put on or taken off): ranges over the old ones are stale. */
export const textReshaped = windowEvent<void>("interleaf:text-reshaped");

/**
 * Word links lit the counterpart of some words (a hover, a mouse or keyboard selection): what was
 * looked up (`sentence`, code points [start, end) of its text, `words`) and what renders it in the
 * other language (`other`, the span covering every linked word there, and `counterpart`, their
 * text, gaps shown as " … "). The notes layer announces it while choosing words (W) and starts a
 * pair from it (P, Pair…).
 */
export interface CounterpartLit {
  sentence: HTMLElement;
  start: number;
  end: number;
  words: string;
  other: HTMLElement;
  otherStart: number;
  otherEnd: number;
  counterpart: string;
}
export const counterpartLit = windowEvent<CounterpartLit>("interleaf:counterpart-lit");
