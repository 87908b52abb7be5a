/**
 * One reader's server-sent event stream for one document. Events are handled one at a time, in
 * the order they arrive: on connect with a Last-Event-ID, the missed events are replayed from the
 * LiveEvent table first (LISTEN is already active, so nothing written meanwhile is lost; events
 * seen twice are sent once). Each event's facts are read once for all this instance's readers
 * (shared-event-facts.ts) and go through messageFor() for this reader.
 *
 * A stream outlives the moment it was authorised. Class membership is read per class event
 * (messageFor), and the reader's session is asked again (`sessionHolds`) before each event is
 * delivered and every RECHECK_MS meanwhile: once the password changed, the reader signed out or
 * the account went, the stream says `session-ended` and closes, and a copied cookie that
 * reconnects is a stranger (it reads what anyone may).
 */
import "server-only";
import { getDb } from "../db";
import { mayConcern, messageFor, type EventFacts } from "./authorise-live-event";
import { liveListener } from "./live-listener";
import { factsOfEvent, factsOfNotice } from "./shared-event-facts";
import { RECHECK_MS, sseStream } from "./sse-stream";

const REPLAY_LIMIT = 1_000;
const SEEN_LIMIT = 5_000;

/** `onClose` runs once when the stream ends, however it ends (the reader leaving, the session ending, or an error). */
export function documentEventStream(options: {
  userId: string | null;
  documentId: string;
  lastEventId: bigint | null;
  signal: AbortSignal;
  /** For a signed-in reader: whether their session still holds (false ends the stream). */
  sessionHolds?: () => Promise<boolean>;
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  const { userId, documentId, signal, sessionHolds } = options;
  const seen = new Set<string>();
  let highest = options.lastEventId ?? 0n;
  let chain: Promise<void> = Promise.resolve();

  return sseStream({
    signal,
    retryMs: 2000,
    onClose: options.onClose,
    start: ({ write, close, isClosed }) => {
      const send = async (facts: EventFacts | null) => {
        if (!facts) return;
        const { event } = facts;
        const key = event.id.toString();
        if (isClosed() || seen.has(key)) return;
        seen.add(key);
        if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
        if (event.id > highest) highest = event.id;
        if (!mayConcern(userId, facts) || !(await stillHolds())) return;
        const message = await messageFor(userId, facts);
        if (message) write(`id: ${key}\nevent: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`);
      };
      /** Asks about the session again; ends the stream when it has ended. */
      const stillHolds = async () => {
        if (!sessionHolds || isClosed()) return !isClosed();
        if (await sessionHolds()) return true;
        write(`event: session-ended\ndata: {}\n\n`);
        close();
        return false;
      };
      const replayAfter = async (after: bigint) => {
        const rows = await getDb().liveEvent.findMany({
          where: { documentId, id: { gt: after } },
          orderBy: { id: "asc" },
          take: REPLAY_LIMIT,
        });
        for (const row of rows) await send(await factsOfEvent(row));
      };
      const enqueue = (work: () => Promise<void>) => {
        // Once the reader has gone, what is still queued for them is dropped, not read.
        chain = chain
          .then(() => (isClosed() ? undefined : work()))
          .catch((error) => {
            console.error("[interleaf] live event stream:", error);
          });
      };

      const unsubscribe = liveListener().subscribe({
        documentId,
        onEvent: (notice) => {
          // Asked for now, not when this stream's queue gets to it: events announced together are
          // read together (shared-event-facts.ts), instead of each stream waiting for each read in turn.
          const facts = factsOfNotice(notice.id);
          facts.catch(() => undefined); // reported by the queue below, where it is awaited
          enqueue(async () => send(await facts));
        },
        onResync: () => enqueue(() => replayAfter(highest)),
      });
      const recheck = sessionHolds ? setInterval(() => enqueue(async () => void (await stillHolds())), RECHECK_MS) : null;
      enqueue(async () => {
        await liveListener().ensureConnected();
        if (options.lastEventId !== null) await replayAfter(options.lastEventId);
      });
      return () => {
        if (recheck) clearInterval(recheck);
        unsubscribe();
      };
    },
  });
}
