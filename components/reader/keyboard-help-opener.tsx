"use client";
/** Opens and closes the shortcuts dialog that keyboard-help.tsx renders on the server. */
import { useEffect } from "react";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function KeyboardHelpOpener() {
  useEffect(() => {
    const dialog = document.getElementById("shortcuts-dialog") as HTMLDialogElement | null;
    if (!dialog) return;
    let opener: HTMLElement | null = null;
    const open = () => {
      if (dialog.open) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      open();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (target?.closest("[data-shortcuts-open]")) open();
      else if (target?.closest("[data-shortcuts-close]") && dialog.contains(target)) dialog.close();
    };
    // Focus goes back to what opened the dialog (the browser would leave it on the page).
    const onClose = () => opener?.isConnected && opener.focus();
    const listening = new AbortController();
    document.addEventListener("keydown", onKeyDown, { signal: listening.signal });
    document.addEventListener("click", onClick, { signal: listening.signal });
    dialog.addEventListener("close", onClose, { signal: listening.signal });
    return () => listening.abort();
  }, []);
  return null;
}
