/**
 * Keys on a focused sentence of the reader, for people who annotate without a mouse:
 * H highlights and N writes a note (on the whole sentence, or on the words chosen with W),
 * P pairs them with words in the other language (press it on each side, in either order),
 * W starts choosing words (Arrow keys move a one-word selection, Shift+Arrow keys grow or shrink
 * it word by word, Enter or H highlights, N writes a note, P pairs, Escape stops; the words' aligned
 * counterpart in the other language is lit by word links and announced here), O opens the
 * sentence's notes and R replies to its latest note. The chosen words are a real DOM selection,
 * so they are shown like a mouse selection and stored through the same anchoring code.
 *
 * Loaded on the first of these keys (use-sentence-keys.ts), not with every visitor's page.
 */
import { runOffsets, stepWordRun, wordSpans, type WordRun, type WordSpan } from "@/lib/anchoring/word-spans";
import { counterpartLit, textRange } from "@/components/reader-contract";
import { utf16ToCodePoint } from "@/lib/anchoring/code-points";
import { sentenceOf, targetFromOffsets, wholeSentenceTarget, type SentenceTarget } from "./dom-anchors";
import { pairFromKeys, quickHighlight, reply, startNote, type WriterState } from "./writer";

/**
 * `said`: what the counterpart announcement adds to. "start" (W pressed: the instructions come
 * first), "moved" (the words alone), "quiet" (chosen for a pair, which announces itself).
 */
type Choosing = { sentence: HTMLElement; words: WordSpan[]; run: WordRun; said: "start" | "moved" | "quiet" };

export interface ChosenWords {
  sentence: HTMLElement;
  start: number;
  end: number;
}

/** Chooses the words covering UTF-16 offsets [start, end) of a sentence, as if with W and Shift+arrows (null: none there). */
export type ChooseWords = (sentence: HTMLElement, start: number, end: number) => string | null;

/** The notes layer's state now (it changes as the reader writes; the listeners read it at each key). */
export interface LatestWriter {
  current: WriterState;
}

/** Listens on the reader's text; returns what undoes it. */
export function installSentenceKeys(text: HTMLElement, latest: LatestWriter): () => void {
  let choosing: Choosing | null = null;

  const show = (c: Choosing) => {
    const span = runOffsets(c.words, c.run);
    const range = span && textRange(c.sentence, span.start, span.end);
    if (!range) return;
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return range.toString();
  };
  const stop = (message?: string) => {
    if (!choosing) return;
    delete choosing.sentence.dataset.choosingWords;
    choosing = null;
    window.getSelection()?.removeAllRanges();
    if (message) latest.current.announce(message);
  };
  const chosenTarget = (): SentenceTarget | null => {
    if (!choosing) return null;
    const span = runOffsets(choosing.words, choosing.run);
    return span ? targetFromOffsets(choosing.sentence, span.start, span.end) : null;
  };

  /** The chosen words as code points of their sentence's text (what word links count). */
  const chosenWords = (): ChosenWords | undefined => {
    const span = choosing && runOffsets(choosing.words, choosing.run);
    if (!choosing || !span) return undefined;
    const text = choosing.sentence.textContent ?? "";
    return { sentence: choosing.sentence, start: utf16ToCodePoint(text, span.start), end: utf16ToCodePoint(text, span.end) };
  };

  const act = (key: string, target: SentenceTarget, words?: ChosenWords) => {
    const h = latest.current;
    if (!h.signedIn) return h.announce(h.k("signInToAnnotate"));
    if (key === "n") startNote(h, [target]);
    else if (key === "p") pairFromKeys(h, target, words, chooseWords);
    else void quickHighlight(h, target, "yellow");
  };

  const chooseWords: ChooseWords = (sentence, start, end) => {
    const words = wordSpans(sentence.textContent ?? "", sentence.lang);
    const first = words.findIndex((w) => w.end > start);
    const last = words.findLastIndex((w) => w.start < end);
    if (first < 0 || last < first) return null;
    stop();
    text.querySelectorAll<HTMLElement>('.sentence[tabindex="0"]').forEach((el) => (el.tabIndex = -1));
    sentence.tabIndex = 0;
    sentence.focus();
    choosing = { sentence, words, run: { anchor: first, focus: last }, said: "quiet" };
    sentence.dataset.choosingWords = "true";
    return show(choosing) ?? null;
  };

  // Word links found what renders the chosen words in the other language: say both ("board ↔ 董事會").
  const stopListening = counterpartLit.listen((lit) => {
    const chosen = chosenWords();
    if (!choosing || !chosen || lit.sentence !== chosen.sentence || lit.start !== chosen.start || lit.end !== chosen.end) return;
    if (choosing.said === "quiet") return;
    const { k } = latest.current;
    const both = k("counterpart", { words: lit.words, counterpart: lit.counterpart });
    latest.current.announce(choosing.said === "start" ? `${k("wordsStart")} ${both}` : both);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const sentence = sentenceOf(event.target as Node);
    if (!sentence || event.ctrlKey || event.metaKey || event.altKey) return;
    const h = latest.current;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (choosing && choosing.sentence !== sentence) stop();

    if (choosing) {
      if (key === "ArrowLeft" || key === "ArrowRight") {
        event.preventDefault();
        choosing.run = stepWordRun(choosing.run, key, event.shiftKey, choosing.words.length);
        choosing.said = "moved";
        h.announce(show(choosing) ?? "");
      } else if (key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        stop(latest.current.k("wordsStop"));
      } else if (key === "Enter" || key === "h" || key === "n" || key === "p") {
        event.preventDefault();
        const target = chosenTarget();
        const words = chosenWords();
        stop();
        if (!target) return;
        act(key, target, words);
      } else if (key === "ArrowUp" || key === "ArrowDown" || key === "Home" || key === "End" || key === "Tab") stop();
      return;
    }

    if (event.shiftKey && key !== "?") return;
    if (key === "w") {
      const words = wordSpans(sentence.textContent ?? "", sentence.lang);
      if (words.length === 0) return;
      event.preventDefault();
      choosing = { sentence, words, run: { anchor: 0, focus: 0 }, said: "start" };
      sentence.dataset.choosingWords = "true";
      h.announce(`${h.k("wordsStart")} ${show(choosing) ?? ""}`);
    } else if (key === "h" || key === "n" || key === "p") {
      event.preventDefault();
      const target = wholeSentenceTarget(sentence);
      if (target) act(key, target);
    } else if (key === "o") {
      event.preventDefault();
      h.setScope({ kind: "segment", segmentId: sentence.dataset.segmentId! });
    } else if (key === "r") {
      event.preventDefault();
      reply(h, sentence.dataset.segmentId!);
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    if (choosing && event.relatedTarget !== choosing.sentence) stop();
  };
  // Capture: the word keys must reach this before the reader's own arrow-key navigation.
  text.addEventListener("keydown", onKeyDown, true);
  text.addEventListener("focusout", onFocusOut);
  return () => {
    stop();
    stopListening();
    text.removeEventListener("keydown", onKeyDown, true);
    text.removeEventListener("focusout", onFocusOut);
  };
}
