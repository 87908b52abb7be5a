"use client";
/**
 * The notes' buttons in each sentence's margin, which the server renders (reader/sentence-margin.ts):
 * the count (shown once the sentence has notes; it opens them) and + (for a signed-in reader; it
 * writes one), with what a screen reader says of the sentence's notes.
 *
 * They are filled in place, not rendered by React into each margin: on a 1,000-sentence page the
 * portals cost a second of main thread (listener setup, a formatted label per row). Only margins
 * whose count changed are written, a few at a time, and each label is formatted once per number.
 */
import { MARGIN, SENTENCE } from "@/components/reader-contract";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";

/** Writing margins for this long, then letting the browser scroll and paint: a slice stays well under a long task (50 ms) on a slow machine. */
const SLICE_MS = 12;

/**
 * Changes the text in its node: replacing the node (textContent) took about three times as long
 * for a thousand margins, most of it in the style and layout that followed (BENCHMARKS.md).
 */
function setText(element: HTMLElement, text: string) {
  const node = element.firstChild;
  if (node instanceof Text && !node.nextSibling) node.data = text;
  else element.textContent = text;
}

export function useMarginButtons(
  text: HTMLElement | null,
  { counts, unseen, signedIn }: { counts: ReadonlyMap<string, number>; unseen: ReadonlyMap<string, number>; signedIn: boolean },
  onOpen: (segmentId: string) => void,
  onWrite: (sentence: HTMLElement) => void,
) {
  const t = useTranslations("Annotations");
  const k = useTranslations("KeyboardAnnouncements");
  // The labels by number, and what each margin shows now ("count/unseen"), kept for the page's life.
  const labels = useMemo(() => {
    const said = new Map<string, string>();
    const once = (key: string, say: () => string) => said.get(key) ?? said.set(key, say()).get(key)!;
    return {
      shown: new Map<string, string>(),
      count: (n: number) => once(`c${n}`, () => t("notesOnSentence", { count: n })),
      unseen: (n: number) => once(`u${n}`, () => t("unseenCount", { count: n })),
      described: (n: number) => once(`d${n}`, () => k("noteCount", { count: n })),
    };
  }, [t, k]);

  useEffect(() => {
    if (!text) return;
    // Which margins changed is read at once; they are written in slices between which the browser
    // may scroll and paint. Each page of a long document's notes changes hundreds of margins, and
    // writing them in one go was a 75-120 ms task per page (BENCHMARKS.md, "The big document").
    // A margin is marked shown only once written: what a newer render cuts short, it writes.
    const changed: { margin: HTMLElement; segmentId: string; count: number; fresh: number }[] = [];
    for (const margin of text.querySelectorAll<HTMLElement>(MARGIN)) {
      const segmentId = margin.dataset.margin!;
      const count = counts.get(segmentId) ?? 0;
      const fresh = unseen.get(segmentId) ?? 0;
      if (labels.shown.get(segmentId) !== `${count}/${fresh}`) changed.push({ margin, segmentId, count, fresh });
    }
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const writeSlice = () => {
      const until = performance.now() + SLICE_MS;
      for (; next < changed.length && performance.now() < until; next++) {
        const { margin, segmentId, count, fresh } = changed[next]!;
        labels.shown.set(segmentId, `${count}/${fresh}`);
        const button = margin.querySelector<HTMLButtonElement>(".margin-count")!;
        button.hidden = count === 0;
        setText(button, String(count));
        button.setAttribute("aria-label", labels.count(count));
        // How many of them arrived live and are not yet seen: a dot on the count.
        if (fresh > 0) {
          button.setAttribute("aria-description", labels.unseen(fresh));
          button.dataset.unseen = "true";
        } else {
          button.removeAttribute("aria-description");
          delete button.dataset.unseen;
        }
        const described = document.getElementById(`notes-of-${segmentId}`);
        if (described) setText(described, labels.described(count));
      }
      if (next < changed.length) timer = setTimeout(writeSlice, 0);
    };
    writeSlice();
    return () => clearTimeout(timer);
  }, [text, counts, unseen, labels]);

  // + shows to a signed-in reader (annotations.css).
  useEffect(() => {
    text?.toggleAttribute("data-signed-in", signedIn);
  }, [text, signedIn]);

  useEffect(() => {
    if (!text) return;
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest?.(".margin-count, .margin-add");
      const margin = button?.closest<HTMLElement>(MARGIN);
      if (!button || !margin) return;
      if (button.matches(".margin-count")) return onOpen(margin.dataset.margin!);
      const sentence = margin.parentElement?.querySelector<HTMLElement>(SENTENCE);
      if (sentence) onWrite(sentence);
    };
    text.addEventListener("click", onClick);
    return () => text.removeEventListener("click", onClick);
  }, [text, onOpen, onWrite]);
}
