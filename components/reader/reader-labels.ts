/**
 * The reader's keyboard shortcuts: the keys, and which message of the "Keyboard" namespace
 * (messages/*.json, `Keyboard.shortcuts.<does>`) says what each does. The dialog is rendered on
 * the server, so neither the list nor its text is in the reader's JavaScript.
 */
export const SHORTCUTS = [
  { keys: ["Tab"], does: "tab" },
  { keys: ["↑", "↓"], does: "upDown" },
  { keys: ["←", "→"], does: "leftRight" },
  { keys: ["Home", "End"], does: "homeEnd" },
  { keys: ["H"], does: "highlight" },
  { keys: ["N"], does: "note" },
  { keys: ["P"], does: "pair" },
  { keys: ["W"], does: "words" },
  { keys: ["D"], does: "lookUp" },
  { keys: ["O"], does: "open" },
  { keys: ["R"], does: "reply" },
  { keys: ["C"], does: "compare" },
  { keys: ["A"], does: "readAloud" },
  { keys: ["Ctrl", "Enter"], does: "save" },
  { keys: ["Esc"], does: "escape" },
  { keys: ["?"], does: "help" },
] as const;

/** For `aria-keyshortcuts` on each English sentence (the translations are reached from it with ←/→). */
export const SENTENCE_KEYSHORTCUTS = "ArrowUp ArrowDown ArrowLeft ArrowRight H N P W O R C A Shift+?";
