"use client";
/**
 * Keys on a focused sentence of the reader, for people who annotate without a mouse:
 * H highlights and N writes a note (on the whole sentence, or on the words chosen with W),
 * P pairs them with words in the other language (press it on each side, in either order),
 * W starts choosing words (Arrow keys move a one-word selection, Shift+Arrow keys grow or shrink
 * it word by word, Enter or H highlights, N writes a note, P pairs, Escape stops), O opens the
 * sentence's notes and R replies to its latest note. The chosen words are a real DOM selection,
 * so they are shown like a mouse selection and stored through the same anchoring code.
 *
 * This is the code behind those keys, loaded on the first of them (use-sentence-keys.ts).
 */
import type { RefObject } from "react";
import { runOffsets, stepWordRun, wordSpans, type WordRun, type WordSpan } from "@/lib/anchoring/word-spans";
import { sentenceOf, targetFromOffsets, wholeSentenceTarget, type SentenceTarget } from "./dom-anchors";
import type { SentenceKeyHandlers } from "./use-sentence-keys";

type Choosing = { sentence: HTMLElement; words: WordSpan[]; run: WordRun };

/** Listens for the sentence keys on `text`; returns what stops listening. */
export function startSentenceKeys(text: HTMLElement, latest: RefObject<SentenceKeyHandlers>): () => void {
  let choosing: Choosing | null = null;

  const show = (c: Choosing) => {
    const node = c.sentence.firstChild;
    const span = runOffsets(c.words, c.run);
    if (!node || !span) return;
    const range = document.createRange();
    range.setStart(node, span.start);
    range.setEnd(node, span.end);
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

  const act = (key: string, target: SentenceTarget) => {
    const h = latest.current;
    if (!h.signedIn) return h.announce(h.t("signInToAnnotate"));
    if (key === "n") h.onNote(target);
    else if (key === "p") h.onPair(target);
    else h.onHighlight(target);
  };

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
        h.announce(show(choosing) ?? "");
      } else if (key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        stop(latest.current.t("wordsStop"));
      } else if (key === "Enter" || key === "h" || key === "n" || key === "p") {
        event.preventDefault();
        const target = chosenTarget();
        stop();
        if (!target) return;
        act(key, target);
      } else if (key === "ArrowUp" || key === "ArrowDown" || key === "Home" || key === "End" || key === "Tab") stop();
      return;
    }

    if (event.shiftKey && key !== "?") return;
    if (key === "w") {
      const words = wordSpans(sentence.textContent ?? "", sentence.lang);
      if (words.length === 0) return;
      event.preventDefault();
      choosing = { sentence, words, run: { anchor: 0, focus: 0 } };
      sentence.dataset.choosingWords = "true";
      h.announce(`${h.t("wordsStart")} ${show(choosing) ?? ""}`);
    } else if (key === "h" || key === "n" || key === "p") {
      event.preventDefault();
      const target = wholeSentenceTarget(sentence);
      if (target) act(key, target);
    } else if (key === "o") {
      event.preventDefault();
      h.onOpenNotes(sentence.dataset.segmentId!);
    } else if (key === "r") {
      event.preventDefault();
      h.onReply(sentence.dataset.segmentId!);
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
    text.removeEventListener("keydown", onKeyDown, true);
    text.removeEventListener("focusout", onFocusOut);
  };
}
