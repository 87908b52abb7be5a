"use client";
/**
 * The keyboard shortcuts dialog: opened by "?" anywhere on the reader (outside text fields) or
 * by its button. A native modal <dialog>: it keeps focus inside, closes on Escape, and gives
 * focus back to what had it.
 */
import { useEffect, useRef } from "react";
import { LABELS, SHORTCUTS } from "./reader-labels";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function KeyboardHelp() {
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
        <span className="shortcuts-button-label">{LABELS.shortcutsButton}</span> <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => opener.current?.isConnected && opener.current.focus()}>
        <div className="shortcuts-header">
          <h2 id="shortcuts-title">{LABELS.shortcutsTitle}</h2>
          <button type="button" className="icon-button" aria-label={LABELS.close} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        <dl className="shortcuts-list">
          {SHORTCUTS.map((s) => (
            <div key={s.keys.join()}>
              <dt>
                {s.keys.map((k, i) => (
                  <kbd key={i}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
      </dialog>
    </>
  );
}
