"use client";
/**
 * Keys on a focused sentence of the reader, for people who annotate without a mouse: H, N, P, W,
 * O and R (sentence-keys.ts says what each does). Their code loads on the first of them, not with
 * the page: that key, and any pressed while the code loads ("w" then ArrowRight at once), wait for
 * it and are then handed over in order, so nothing typed is lost or reaches the reader's own
 * arrow-key navigation first.
 */
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { sentenceOf } from "@/components/reader-contract";
import type { SentenceTarget } from "./dom-anchors";

interface Handlers {
  signedIn: boolean;
  onNote: (target: SentenceTarget) => void;
  onHighlight: (target: SentenceTarget) => void;
  /** Starts a pair with `target`, or completes the one started in the other language. */
  onPair: (target: SentenceTarget) => void;
  onOpenNotes: (segmentId: string) => void;
  onReply: (segmentId: string) => void;
  announce: (message: string) => void;
}

export type SentenceKeyHandlers = Handlers & { t: ReturnType<typeof useTranslations<"KeyboardAnnouncements">> };

const SENTENCE_KEYS = new Set(["h", "n", "p", "w", "o", "r"]);

export function useSentenceKeys(text: HTMLElement | null, handlers: Handlers) {
  const t = useTranslations("KeyboardAnnouncements");
  const latest = useRef<SentenceKeyHandlers>({ ...handlers, t });
  useLayoutEffect(() => {
    latest.current = { ...handlers, t };
  });

  useEffect(() => {
    if (!text) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    /** Keys held back while the code loads; null until the first sentence key. */
    let waiting: KeyboardEvent[] | null = null;
    const early = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !sentenceOf(event.target as Node)) return;
      if (!waiting && (event.shiftKey || !SENTENCE_KEYS.has(event.key.toLowerCase()))) return;
      // Tab keeps its own meaning (moving focus), which a replayed key could not have.
      if (waiting && event.key === "Tab") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (waiting) return void waiting.push(event);
      waiting = [event];
      import("./sentence-keys")
        .then(({ startSentenceKeys }) => {
          if (cancelled) return;
          text.removeEventListener("keydown", early, true);
          stop = startSentenceKeys(text, latest);
          for (const held of waiting ?? []) {
            const { key, code, shiftKey } = held;
            held.target?.dispatchEvent(
              new KeyboardEvent("keydown", { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }),
            );
          }
        })
        .catch(() => undefined) // offline: the keys do nothing, and the next one tries again
        .finally(() => (waiting = null));
    };
    // Capture, as the keys themselves: they must reach this before the reader's arrow-key navigation.
    text.addEventListener("keydown", early, true);
    return () => {
      cancelled = true;
      text.removeEventListener("keydown", early, true);
      stop?.();
    };
  }, [text]);
}
