"use client";
/**
 * The keyboard shortcuts dialog: opened by "?" anywhere on the reader (outside text fields) or
 * by its button. A native modal <dialog>: it keeps focus inside, closes on Escape, and gives
 * focus back to what had it. The list itself (`children`) and the labels are translated and
 * rendered on the server (reader.tsx), so only this small opener is JavaScript.
 */
import { useEffect, useRef } from "react";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

interface Props {
  labels: { button: string; title: string; close: string };
  /** The shortcuts, rendered on the server. */
  children: React.ReactNode;
}

export function KeyboardHelp({ labels, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = () => {
    if (!dialog.current || dialog.current.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current.showModal();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      open();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="button button-small button-quiet shortcuts-button" onClick={open} aria-keyshortcuts="Shift+?">
        <span className="shortcuts-button-label">{labels.button}</span> <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        ref={dialog}
        className="shortcuts-dialog"
        aria-labelledby="shortcuts-title"
        onClose={() => opener.current?.isConnected && opener.current.focus()}
      >
        <div className="shortcuts-header">
          <h2 id="shortcuts-title">{labels.title}</h2>
          <button type="button" className="icon-button" aria-label={labels.close} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}
