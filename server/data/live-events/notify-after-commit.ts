/**
 * Sends the NOTIFY for LiveEvent rows that are already committed, batched: events committed within
 * a few milliseconds of each other, or while a batch is on its way, share one statement.
 *
 * Why not NOTIFY inside the writing transaction (as publish-live-event.ts does for the rarer
 * writes)? PostgreSQL takes one database-wide lock when a notifying transaction commits and holds
 * it until the commit is flushed, so notifying writes commit one at a time, each waiting for the
 * previous one's disk flush. A notify-only statement writes nothing and flushes nothing.
 *
 * What this changes: the row is committed first and announced a moment later. If the instance dies
 * in between (after the commit, before the NOTIFY), readers on other instances get that event
 * when they next resume from their Last-Event-ID (on reconnecting), not at once. The note itself,
 * and its place in the LiveEvent log, are never lost.
 */
import "server-only";
import { getPool } from "../../db";
import { LIVE_CHANNEL } from "./publish-live-event";

/**
 * How long an event waits for others to share its statement. Under load this turns one NOTIFY
 * round trip per note into one per few notes (each round trip costs both processes CPU); a
 * reader sees a note at most this much later.
 */
const BATCH_WINDOW_MS = 5;

let queued: string[] = [];
let sending = false;
let timer: NodeJS.Timeout | null = null;

function sendQueued(): void {
  timer = null;
  if (sending || queued.length === 0) return;
  const messages = queued;
  queued = [];
  sending = true;
  getPool()
    .query({
      name: "interleaf-notify-batch",
      text: "SELECT pg_notify($1, m) FROM unnest($2::text[]) AS m",
      values: [LIVE_CHANNEL, messages],
    })
    .catch((error: unknown) => {
      // The events are stored; readers find them when they next resume (see above).
      console.error(`[interleaf] announcing ${messages.length} live event(s) failed:`, error);
    })
    .finally(() => {
      sending = false;
      schedule();
    });
}

/** Announces a committed LiveEvent, with whatever else was committed meanwhile. */
export function notifyAfterCommit(event: { id: string; documentId: string }): void {
  queued.push(JSON.stringify({ id: event.id, documentId: event.documentId }));
  schedule();
}

function schedule(): void {
  if (!timer && !sending && queued.length) timer = setTimeout(sendQueued, BATCH_WINDOW_MS);
}
