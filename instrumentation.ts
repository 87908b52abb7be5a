/** Next calls register() once when a server process starts. */
export async function register() {
  // The edge runtime has no database access; only the Node.js server prunes.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPruneSchedule } = await import("./server/runtime/prune-schedule");
  startPruneSchedule();
  // The dictionary card's index takes seconds to build: its worker starts on it now, not on the
  // first lookup (but not in the processes of `next build`, which never look a word up, nor where
  // DICTIONARY_AT_START=off: the browser journeys, whose first minute it would slow on a busy machine).
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.DICTIONARY_AT_START === "off") return;
  const { startDictionary } = await import("./server/data/dictionary/lookup-word");
  startDictionary();
}
