"use client";
/**
 * Pairs each sentence with its counterpart: hovering or focusing either marks both with
 * `data-active="true"`. Arrow keys move between sentences (Up/Down) and across languages
 * (Left/Right) with one roving tab stop; C opens the compare panel of the focused sentence. Also
 * remembers the reading options, and runs the export links (reader-exports.tsx, rendered on the server).
 */
import { openCompare, readerText, SENTENCE } from "@/components/reader-contract";
import { useEffect } from "react";
import { PREFERENCE_NAMES, storageKey } from "./reader-preferences";

/** Asks the compare layer to open a sentence's panel: `detail` is the segment id. */

const isVisible = (el: HTMLElement) => el.offsetParent !== null;

export function ReaderInteractions() {
  useEffect(() => {
    const text = readerText();
    const form = document.querySelector<HTMLFormElement>("[data-reader-controls]");
    if (!text || !form) return;

    let active: string | null = null;
    const setActive = (segmentId: string | null) => {
      if (segmentId === active) return;
      const selector = (id: string) => `[data-segment-id="${CSS.escape(id)}"]`;
      if (active) text.querySelectorAll(selector(active)).forEach((el) => el.removeAttribute("data-active"));
      if (segmentId) text.querySelectorAll(selector(segmentId)).forEach((el) => el.setAttribute("data-active", "true"));
      active = segmentId;
    };
    const sentenceOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null);
    const visibleSentences = () => [...text.querySelectorAll<HTMLElement>(SENTENCE)].filter(isVisible);

    const moveFocus = (to: HTMLElement | undefined) => {
      if (!to) return;
      text.querySelectorAll<HTMLElement>('.sentence[tabindex="0"]').forEach((el) => (el.tabIndex = -1));
      to.tabIndex = 0;
      to.focus();
    };
    // Keep exactly one visible tab stop when the layout hides the current one.
    const ensureTabStop = () => {
      const current = text.querySelector<HTMLElement>('.sentence[tabindex="0"]');
      if (current && isVisible(current)) return;
      const first = visibleSentences()[0];
      if (current) current.tabIndex = -1;
      if (first) first.tabIndex = 0;
    };

    const onOver = (event: Event) => setActive(sentenceOf(event.target)?.dataset.segmentId ?? null);
    const onLeave = () => {
      const focused = sentenceOf(document.activeElement);
      setActive(focused && text.contains(focused) ? focused.dataset.segmentId! : null);
    };
    const onFocusIn = (event: FocusEvent) => setActive(sentenceOf(event.target)?.dataset.segmentId ?? null);
    const onFocusOut = (event: FocusEvent) => {
      if (!sentenceOf(event.relatedTarget)) setActive(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const current = sentenceOf(event.target);
      // defaultPrevented: the notes layer took the key (choosing words inside the sentence).
      if (!current || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === "c" || event.key === "C") {
        event.preventDefault();
        openCompare.dispatch(current.dataset.segmentId!);
        return;
      }
      const sentences = visibleSentences();
      const sameColumn = sentences.filter((s) => s.lang === current.lang);
      const i = sameColumn.indexOf(current);
      let next: HTMLElement | undefined;
      if (event.key === "ArrowDown") next = sameColumn[i + 1];
      else if (event.key === "ArrowUp") next = sameColumn[i - 1];
      else if (event.key === "Home") next = sameColumn[0];
      else if (event.key === "End") next = sameColumn.at(-1);
      else if (event.key === "ArrowLeft" || event.key === "ArrowRight")
        next = sentences.find((s) => s !== current && s.dataset.segmentId === current.dataset.segmentId);
      else return;
      event.preventDefault();
      moveFocus(next);
    };
    const onChange = (event: Event) => {
      const input = event.target as HTMLInputElement;
      if (!(PREFERENCE_NAMES as readonly string[]).includes(input.name)) return;
      try {
        localStorage.setItem(storageKey(input.name), input.value);
      } catch {
        // Storage can be full or disabled; the choice still applies to this page.
      }
      const url = new URL(location.href);
      url.searchParams.set(input.name, input.value);
      history.replaceState(history.state, "", url);
      ensureTabStop();
    };

    // The export links: the study sheet takes the version radio chosen when it is followed; Print prints.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (target.closest?.("[data-print]")) return window.print();
      const link = target.closest?.<HTMLAnchorElement>("a[data-export-markdown]");
      if (!link) return;
      const version = document.querySelector<HTMLInputElement>('input[name="version"]:checked')?.value;
      link.href = `${link.pathname}${version ? `?version=${encodeURIComponent(version)}` : ""}`;
    };

    ensureTabStop();
    // One signal removes every listener when the reader goes.
    const listening = new AbortController();
    const { signal } = listening;
    text.addEventListener("pointerover", onOver, { signal });
    text.addEventListener("pointerleave", onLeave, { signal });
    text.addEventListener("focusin", onFocusIn, { signal });
    text.addEventListener("focusout", onFocusOut, { signal });
    text.addEventListener("keydown", onKeyDown, { signal });
    form.addEventListener("change", onChange, { signal });
    document.addEventListener("click", onClick, { signal });
    // The folded options (a phone's menu) close on Escape and on a tap outside them, as a menu does.
    const menu = form.querySelector<HTMLDetailsElement>("[data-reader-options]");
    const summary = menu?.querySelector("summary");
    if (menu && summary) {
      document.addEventListener(
        "keydown",
        (event) => {
          if (event.key === "Escape" && menu.open) {
            menu.open = false;
            summary.focus();
          }
        },
        { signal },
      );
      document.addEventListener("pointerdown", (event) => menu.open && !menu.contains(event.target as Node) && (menu.open = false), {
        signal,
      });
    }
    return () => listening.abort();
  }, []);
  return null;
}
