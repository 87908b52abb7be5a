/**
 * The keyboard shortcuts dialog: opened by "?" anywhere on the reader (outside text fields) or
 * by its button. A native modal <dialog>: it keeps focus inside, closes on Escape, and gives
 * focus back to what had it. The button, the dialog, the list itself (`children`) and the labels
 * are rendered on the server (reader.tsx); only the opener (keyboard-help-opener.tsx), a few
 * listeners, is JavaScript.
 */
import { KeyboardHelpOpener } from "./keyboard-help-opener";

interface Props {
  labels: { button: string; title: string; close: string };
  /** The shortcuts, rendered on the server. */
  children: React.ReactNode;
}

export function KeyboardHelp({ labels, children }: Props) {
  return (
    <>
      <button type="button" className="button button-small button-quiet shortcuts-button" data-shortcuts-open aria-keyshortcuts="Shift+?">
        <span className="shortcuts-button-label">{labels.button}</span> <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog id="shortcuts-dialog" className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <div className="shortcuts-header">
          <h2 id="shortcuts-title">{labels.title}</h2>
          <button type="button" className="icon-button" aria-label={labels.close} data-shortcuts-close>
            ×
          </button>
        </div>
        {children}
      </dialog>
      <KeyboardHelpOpener />
    </>
  );
}
