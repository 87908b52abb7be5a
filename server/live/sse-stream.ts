/**
 * The skeleton every server-sent event stream of ours shares: writes that stop once the stream
 * has closed, a heartbeat comment so proxies keep the connection, the client's reconnect delay,
 * and one close that runs however the stream ends (the client leaving or aborting, the session
 * ending, a failed write), clearing timers and the caller's subscriptions exactly once.
 */
import "server-only";

export const HEARTBEAT_MS = 15_000;
/** How often a stream asks again whether the reader's session still holds. */
export const RECHECK_MS = 30_000;

export interface SseChannel {
  /** Writes raw SSE text; nothing once closed. */
  write: (text: string) => void;
  close: () => void;
  isClosed: () => boolean;
}

/**
 * `start` subscribes and returns what to undo on close. `onClose` runs once when the stream ends.
 * `retryMs` is the reconnect delay the browser is told.
 */
export function sseStream(options: {
  signal: AbortSignal;
  retryMs: number;
  onClose?: () => void;
  start: (channel: SseChannel) => () => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let stop = () => {
    closed = true;
    options.onClose?.();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const channel: SseChannel = {
        write: (text) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        },
        close: () => close(),
        isClosed: () => closed,
      };
      let undo: () => void = () => undefined;
      const heartbeat = setInterval(() => channel.write(`: heartbeat\n\n`), HEARTBEAT_MS);
      function close() {
        if (closed) return;
        closed = true;
        options.onClose?.();
        clearInterval(heartbeat);
        undo();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      }
      stop = close;
      options.signal.addEventListener("abort", close);
      channel.write(`retry: ${options.retryMs}\n: connected\n\n`);
      undo = options.start(channel);
    },
    cancel() {
      // The client went away: stop the heartbeat and the subscriptions too, not only the writes.
      stop();
    },
  });
}

/** The answer that carries a stream: never cached, never compressed or buffered on the way (no-transform, X-Accel-Buffering). */
export const sseResponse = (stream: ReadableStream<Uint8Array>): Response =>
  new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
