/**
 * The reader's keyboard shortcuts and screen-reader labels, in one place so the interface
 * translation can replace them together.
 */
export const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ["Tab"], does: "Reach the letter (then Tab again to leave it)" },
  { keys: ["↑", "↓"], does: "Previous / next sentence" },
  { keys: ["←", "→"], does: "The same sentence in the other language" },
  { keys: ["Home", "End"], does: "First / last sentence" },
  { keys: ["H"], does: "Highlight the sentence (or the chosen words)" },
  { keys: ["N"], does: "Write a note on the sentence (or the chosen words)" },
  { keys: ["W"], does: "Choose words: ← → move, Shift+← → extend, Enter or H highlights, N writes a note, Esc stops" },
  { keys: ["O"], does: "Open the notes on this sentence" },
  { keys: ["R"], does: "Reply to the latest note on this sentence" },
  { keys: ["C"], does: "Compare the translations of this sentence" },
  { keys: ["Esc"], does: "Close a panel and go back to the sentence" },
  { keys: ["?"], does: "Show these shortcuts" },
];

/** For `aria-keyshortcuts` on each sentence. */
export const SENTENCE_KEYSHORTCUTS = "ArrowUp ArrowDown ArrowLeft ArrowRight H N W O R C Shift+?";

export const LABELS = {
  shortcutsTitle: "Keyboard shortcuts",
  letterRegion: "The text, sentence by sentence",
  letterHint: "Arrow keys move between sentences and languages. Press question mark for all keyboard shortcuts.",
  shortcutsButton: "Keyboard shortcuts",
  close: "Close",
  english: "English",
  // A sentence's description is its language, then its notes: "English, 2 notes".
  chinese: (version: string) => `Chinese (${version}),`,
  simplified: (version: string) => `Simplified Chinese (${version}),`,
  noteCount: (n: number) => (n === 0 ? "no notes" : n === 1 ? "1 note" : `${n} notes`),
  wordsStart: "Choosing words. Arrow keys move, Shift with arrows extends, H highlights, N writes a note, Escape stops.",
  wordsStop: "Stopped choosing words.",
  signInToAnnotate: "Sign in to highlight and write notes.",
  nothingToReply: "No notes on this sentence to reply to.",
};

export const languageName = (lang: string) => `${lang === "en" ? LABELS.english : lang},`;
