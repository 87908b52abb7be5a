/** Next calls register() once when a server process starts. */
export async function register() {
  // The edge runtime has no database access; only the Node.js server prunes.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPruneSchedule } = await import("./server/runtime/prune-schedule");
  startPruneSchedule();
}
