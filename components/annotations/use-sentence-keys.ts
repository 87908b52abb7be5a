"use client";
/**
 * The sentence keys (sentence-keys.ts says what each does) for the reader, loaded when the first of
 * them is pressed on a sentence: a visit that never presses one does not download them. Keys
 * pressed while they load are held and handed over in order, so "W then → at once" still chooses
 * the next word.
 */
import { useEffect } from "react";
import { sentenceOf } from "@/components/reader-contract";
import type { LatestWriter } from "./sentence-keys";

/** The keys that start something on a sentence (and so load the code). */
const FIRST_KEYS = new Set(["h", "n", "p", "w", "o", "r"]);
/**
 * What is held while the code loads: the keys it answers to, and the other layers' sentence keys
 * (C compare, A read aloud, D dictionary), so that "W, →, D" looks up the word W chose; not Tab
 * or the browser's own.
 */
const HELD_KEYS = new Set([
  ...FIRST_KEYS,
  "a",
  "c",
  "d",
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Enter",
  "Escape",
  "Home",
  "End",
]);

/** `latest`: the notes layer's state as at its last render, which the keys act on. */
export function useSentenceKeys(text: HTMLElement | null, latest: LatestWriter) {
  useEffect(() => {
    if (!text) return;
    let uninstall: (() => void) | null = null;
    let held: KeyboardEvent[] | null = null;
    let gone = false;

    const load = () => {
      held = [];
      import("./sentence-keys").then(
        ({ installSentenceKeys }) => {
          if (gone) return;
          uninstall = installSentenceKeys(text, latest);
          text.removeEventListener("keydown", onKeyDown, true);
          const keys = held ?? [];
          held = null;
          for (const e of keys)
            e.target?.dispatchEvent(
              new KeyboardEvent("keydown", { key: e.key, code: e.code, shiftKey: e.shiftKey, bubbles: true, cancelable: true }),
            );
        },
        () => (held = null), // offline: the next key tries again
      );
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !sentenceOf(event.target as Node)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (!held) {
        if (event.shiftKey || !FIRST_KEYS.has(key)) return;
        load();
      }
      if (!HELD_KEYS.has(key)) return;
      event.preventDefault();
      event.stopPropagation();
      held!.push(event);
    };
    // Capture, as the keys themselves listen: before the reader's own arrow-key navigation.
    text.addEventListener("keydown", onKeyDown, true);
    return () => {
      gone = true;
      text.removeEventListener("keydown", onKeyDown, true);
      uninstall?.();
    };
  }, [text, latest]);
}
