/**
 * One signed-in user's inbox stream (server-sent events): an `inbox` event each time they get a
 * notification, and one on (re)connect, so the header asks for its count again. The event
 * carries nothing: the count and the list come from GET /api/notifications, which reads only
 * the user's own rows; a missed event costs nothing but a moment's delay, and the header asks
 * again whenever it connects. The session is asked again every RECHECK_MS, as the document
 * stream does: once it has ended, the stream says `session-ended` and closes.
 */
import "server-only";
import { RECHECK_MS, sseStream } from "./sse-stream";
import { liveListener } from "./live-listener";

export function inboxEventStream(options: {
  userId: string;
  signal: AbortSignal;
  sessionHolds?: () => Promise<boolean>;
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  const { sessionHolds } = options;
  return sseStream({
    signal: options.signal,
    retryMs: 5000,
    onClose: options.onClose,
    start: ({ write, close }) => {
      const ping = () => write(`event: inbox\ndata: {}\n\n`);
      const unsubscribe = liveListener().subscribeInbox({ userId: options.userId, onNotice: ping, onResync: ping });
      const recheck = sessionHolds
        ? setInterval(() => {
            void sessionHolds().then(
              (holds) => {
                if (holds) return;
                write(`event: session-ended\ndata: {}\n\n`);
                close();
              },
              () => undefined,
            );
          }, RECHECK_MS)
        : null;
      // Once LISTEN is active nothing later is missed; the ping makes the page read what came before.
      liveListener()
        .ensureConnected()
        .then(ping, () => undefined);
      return () => {
        if (recheck) clearInterval(recheck);
        unsubscribe();
      };
    },
  });
}
