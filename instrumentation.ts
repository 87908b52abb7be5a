/** Next calls register() once when a server process starts. */
export async function register() {
  // The edge runtime has no database access; only the Node.js server prunes.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPruneSchedule } = await import("./server/runtime/prune-schedule");
  startPruneSchedule();
  // The dictionary card's index takes seconds to build: its worker starts on it now, not on the
  // first lookup (but not in the processes of `next build`, which never look a word up).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDictionary } = await import("./server/data/dictionary/lookup-word");
  startDictionary();
}
