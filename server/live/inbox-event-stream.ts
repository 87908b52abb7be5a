/**
 * One signed-in user's inbox stream (server-sent events): an `inbox` event each time they get a
 * notification, and one on (re)connect, so the header asks for its count again. The event
 * carries nothing: the count and the list come from GET /api/notifications, which reads only
 * the user's own rows; a missed event costs nothing but a moment's delay, and the header asks
 * again whenever it connects. The session is asked again every RECHECK_MS, as the document
 * stream does: once it has ended, the stream says `session-ended` and closes.
 */
import "server-only";
import { HEARTBEAT_MS, RECHECK_MS } from "./document-event-stream";
import { liveListener } from "./live-listener";

export function inboxEventStream(options: {
  userId: string;
  signal: AbortSignal;
  sessionHolds?: () => Promise<boolean>;
  onClose?: () => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let stop = () => {
    closed = true;
    options.onClose?.();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const ping = () => write(`event: inbox\ndata: {}\n\n`);
      const unsubscribe = liveListener().subscribeInbox({ userId: options.userId, onNotice: ping, onResync: ping });
      const heartbeat = setInterval(() => write(`: heartbeat\n\n`), HEARTBEAT_MS);
      const recheck = options.sessionHolds
        ? setInterval(() => {
            void options.sessionHolds?.().then(
              (holds) => {
                if (holds) return;
                write(`event: session-ended\ndata: {}\n\n`);
                close();
              },
              () => undefined,
            );
          }, RECHECK_MS)
        : null;
      function close() {
        if (closed) return;
        closed = true;
        options.onClose?.();
        clearInterval(heartbeat);
        if (recheck) clearInterval(recheck);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      }
      stop = close;
      options.signal.addEventListener("abort", close);
      write(`retry: 5000\n: connected\n\n`);
      // Once LISTEN is active nothing later is missed; the ping makes the page read what came before.
      liveListener()
        .ensureConnected()
        .then(ping, () => undefined);
    },
    cancel() {
      stop();
    },
  });
}
