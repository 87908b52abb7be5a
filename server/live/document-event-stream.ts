/**
 * One reader's server-sent event stream for one document. Events are handled one at a time, in
 * the order they arrive: on connect with a Last-Event-ID, the missed events are replayed from the
 * LiveEvent table first (LISTEN is already active, so nothing written meanwhile is lost; events
 * seen twice are sent once). Each event's facts are read once for all this instance's readers
 * (shared-event-facts.ts) and go through frameFor() for this reader.
 *
 * The instance's streams of one document share one subscription (`DocumentHub`): it awaits each
 * announced event's facts once, in order, and hands them only to the streams the event may
 * concern (`mayConcern`), so a thousand open streams do not each queue every classmate's private
 * note (issue 19's school-scale step).
 *
 * A stream outlives the moment it was authorised. Class membership is read per class event
 * (messageFor), and the reader's session is asked again (`sessionHolds`) before each event is
 * delivered and every RECHECK_MS meanwhile: once the password changed, the reader signed out or
 * the account went, the stream says `session-ended` and closes, and a copied cookie that
 * reconnects is a stranger (it reads what anyone may).
 */
import "server-only";
import { getDb } from "../db";
import { watchSessionAccount } from "../data/users/session-account";
import { frameFor, frameNow, mayConcern, type EventFacts } from "./authorise-live-event";
import { liveListener, type LiveNotice } from "./live-listener";
import { factsOfEvent, factsOfNotice } from "./shared-event-facts";
import { SentEvents } from "./sent-events";
import { RECHECK_MS, sseStream } from "./sse-stream";

const REPLAY_LIMIT = 1_000;
const REPLAYED_LIMIT = 2 * REPLAY_LIMIT;

interface HubStream {
  userId: string | null;
  /** Queues an announced event's facts for this stream, in the order announced. */
  offer: (facts: EventFacts) => void;
  onResync: () => void;
}

/** One document's streams on this instance, and its one subscription to the live listener. */
class DocumentHub {
  readonly streams = new Set<HubStream>();
  private chain: Promise<void> = Promise.resolve();
  readonly unsubscribe: () => void;

  constructor(documentId: string) {
    this.unsubscribe = liveListener().subscribe({
      documentId,
      onEvent: (notice) => this.announce(notice),
      onResync: () => this.streams.forEach((s) => s.onResync()),
    });
  }

  private announce(notice: LiveNotice) {
    // Asked for now, not when the chain gets to it: events announced together are read together.
    const facts = factsOfNotice(notice.id);
    facts.catch(() => undefined); // reported below, where it is awaited
    this.chain = this.chain.then(async () => {
      let read: EventFacts | null;
      try {
        read = await facts;
      } catch (error) {
        console.error("[interleaf] live event stream:", error);
        return;
      }
      if (read) for (const stream of this.streams) if (mayConcern(stream.userId, read)) stream.offer(read);
    });
  }
}

const hubs = new Map<string, DocumentHub>();

function joinHub(documentId: string, stream: HubStream): () => void {
  let hub = hubs.get(documentId);
  if (!hub) hubs.set(documentId, (hub = new DocumentHub(documentId)));
  hub.streams.add(stream);
  return () => {
    hub.streams.delete(stream);
    if (hub.streams.size === 0 && hubs.get(documentId) === hub) {
      hubs.delete(documentId);
      hub.unsubscribe();
    }
  };
}

/** `onClose` runs once when the stream ends, however it ends (the reader leaving, the session ending, or an error). */
export function documentEventStream(options: {
  userId: string | null;
  documentId: string;
  lastEventId: bigint | null;
  signal: AbortSignal;
  /** For a signed-in reader: whether their session still holds (false ends the stream). */
  sessionHolds?: () => Promise<boolean>;
  /** True when sessionHolds() would answer true without reading (CurrentSession.confirmedNow). */
  sessionConfirmedNow?: () => boolean;
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  const { userId, documentId, signal, sessionHolds, sessionConfirmedNow } = options;
  const sent = new SentEvents(options.lastEventId, REPLAYED_LIMIT);
  let chain: Promise<void> = Promise.resolve();
  /** Work enqueued and not yet done: while there is any, a new event waits its turn behind it. */
  let queued = 0;
  /** False when the event was sent to this stream before (a replay and a NOTIFY can both bring it). */
  const firstTime = ({ id }: EventFacts["event"], fromReplay: boolean) => (fromReplay ? sent.replay(id) : sent.live(id));

  return sseStream({
    signal,
    retryMs: 2000,
    // LISTEN is active before the reader is told the stream is open: nothing written after it is missed.
    ready: liveListener().ensureConnected(),
    onClose: options.onClose,
    start: ({ write, close, isClosed }) => {
      const send = async (facts: EventFacts | null, fromReplay = false) => {
        if (!facts || isClosed() || !firstTime(facts.event, fromReplay)) return;
        if (!mayConcern(userId, facts) || !(await stillHolds())) return;
        const frame = await frameFor(userId, facts);
        if (frame) write(frame);
      };
      /**
       * send() without waiting, when nothing is queued ahead and nothing needs reading: the session
       * confirmed by this instance's cache, the frame decided from facts in hand (frameNow). Most
       * events for most readers; false leaves the event to send(), in turn.
       */
      const sendNow = (facts: EventFacts): boolean => {
        if (queued > 0 || isClosed() || (sessionHolds && !sessionConfirmedNow?.())) return false;
        const frame = frameNow(userId, facts);
        if (frame === undefined) return false;
        // Counted as sent even when it is nothing for this reader, as in send().
        if (firstTime(facts.event, false) && frame) write(frame);
        return true;
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
        for (const row of rows) await send(await factsOfEvent(row), true);
      };
      const enqueue = (work: () => Promise<void>) => {
        queued++;
        // Once the reader has gone, what is still queued for them is dropped, not read.
        chain = chain
          .then(() => (isClosed() ? undefined : work()))
          .catch((error) => {
            console.error("[interleaf] live event stream:", error);
          })
          .then(() => void queued--);
      };

      const unsubscribe = joinHub(documentId, {
        userId,
        offer: (facts) => {
          if (!sendNow(facts)) enqueue(() => send(facts));
        },
        onResync: () => enqueue(() => replayAfter(sent.highest)),
      });
      const recheck = sessionHolds ? setInterval(() => enqueue(async () => void (await stillHolds())), RECHECK_MS) : null;
      // The reader's session facts stay cached while the stream is open, so sendNow() can confirm them.
      const unwatch = sessionHolds && userId ? watchSessionAccount(userId) : () => undefined;
      enqueue(async () => {
        await liveListener().ensureConnected();
        if (options.lastEventId !== null) await replayAfter(options.lastEventId);
      });
      return () => {
        if (recheck) clearInterval(recheck);
        unwatch();
        unsubscribe();
      };
    },
  });
}
