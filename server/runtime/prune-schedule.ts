/**
 * Runs the pruner (server/data/maintenance/prune-bookkeeping.ts), the due-soon reminders and the
 * e-mail digests (server/data/notifications/) in every app process: shortly after start, then
 * every RETENTION.pruneEveryMinutes (PRUNE_INTERVAL_SECONDS overrides it, for tests). Started once
 * per process from instrumentation.ts; the timer does not keep the process alive. Instances may
 * run them at the same moment: pruning is idempotent, and each reminder and digest is claimed by one of them.
 */
import "server-only";
import { RETENTION } from "@/lib/limits";
import { pruneBookkeeping } from "../data/maintenance/prune-bookkeeping";
import { remindDueSoon } from "../data/notifications/remind-due-soon";
import { sendDigests } from "../data/notifications/send-digests";
import { positiveInteger } from "@/lib/positive-integer";

const globalForPrune = globalThis as unknown as { interleafPruneTimer?: NodeJS.Timeout };

export function startPruneSchedule(): void {
  if (globalForPrune.interleafPruneTimer) return;
  const everyMs = (positiveInteger(process.env.PRUNE_INTERVAL_SECONDS) ?? RETENTION.pruneEveryMinutes * 60) * 1000;
  let running = false;
  const run = async () => {
    if (running || !process.env.DATABASE_URL) return;
    running = true;
    try {
      await pruneBookkeeping();
    } catch (error) {
      // The database may be restarting; the next run tries again.
      console.error("[interleaf] pruning old live events and idempotency keys failed:", error instanceof Error ? error.message : error);
    }
    try {
      await remindDueSoon();
      await sendDigests();
    } catch (error) {
      console.error("[interleaf] reminders or digests failed (the next run tries again):", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  globalForPrune.interleafPruneTimer = setInterval(run, everyMs);
  globalForPrune.interleafPruneTimer.unref();
  setTimeout(run, Math.min(everyMs, 30_000)).unref();
}
