"use client";
/**
 * Focus for dialogs and sheets: on open, focus moves into the container; while `trap` is on, Tab
 * and Shift+Tab cycle inside it; on close, focus returns to what had it before (or `returnTo`),
 * when that is still on the page.
 */
import { useEffect, type RefObject } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

export const focusableIn = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest("[inert]"));

interface Options {
  /** Cycle Tab inside the container (modal dialogs, bottom sheets). */
  trap: boolean | (() => boolean);
  /** Element to focus on open; the first focusable one otherwise. */
  initial?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the element that opened it is gone. */
  returnTo?: () => HTMLElement | null | undefined;
}

export function useDialogFocus(container: RefObject<HTMLElement | null>, { trap, initial, returnTo }: Options) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!root.contains(document.activeElement)) (initial?.current ?? focusableIn(root)[0] ?? root).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Tab" || !(typeof trap === "function" ? trap() : trap)) return;
      const items = focusableIn(root);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return event.preventDefault();
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      // Restore only when focus was inside (or lost with it), not when the user moved elsewhere.
      const active = document.activeElement;
      if (active && active !== document.body && !root.contains(active)) return;
      const target = opener?.isConnected ? opener : returnTo?.();
      target?.focus();
    };
    // Runs once per opening: the options are read when it opens and closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container]);
}
