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
/**
 * One write per stream per FLUSH_MS at most, whatever the rate of events: a stream that wrote
 * less than FLUSH_MS ago gathers what it is told until then. Each write costs the server a trip
 * through the response's web stream and a system call; a thousand streams told 50 public notes a
 * second each were 50,000 of them a second (issue 19's school-scale step).
 */
export const FLUSH_MS = 100;

export interface SseChannel {
  /** Writes raw SSE text (or text already encoded, shared by many streams); nothing once closed. */
  write: (text: string | Uint8Array) => void;
  close: () => void;
  isClosed: () => boolean;
}

/**
 * `start` subscribes and returns what to undo on close. `onClose` runs once when the stream ends.
 * `retryMs` is the reconnect delay the browser is told. The `: connected` line waits for `ready`,
 * so a client that waits for it knows the stream will miss nothing written from then on (a replay
 * that `start` writes before `ready` may go out ahead of it: it is complete either way).
 */
export function sseStream(options: {
  signal: AbortSignal;
  retryMs: number;
  ready?: Promise<unknown>;
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
      // A stream that has written nothing for FLUSH_MS writes at once (after this turn, so what is
      // written together goes together): a quiet class's note is not held back. A busy stream's
      // writes within FLUSH_MS of its last one go out together when it is over.
      let pending: Uint8Array[] = [];
      let flushedAt = -Infinity;
      const flush = () => {
        flushedAt = performance.now();
        if (closed || pending.length === 0) return;
        const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
        pending = [];
        try {
          controller.enqueue(chunk);
        } catch {
          close();
        }
      };
      const channel: SseChannel = {
        write: (text) => {
          if (closed) return;
          pending.push(typeof text === "string" ? encoder.encode(text) : text);
          if (pending.length > 1) return;
          const wait = flushedAt + FLUSH_MS - performance.now();
          if (wait <= 0) setImmediate(flush);
          else setTimeout(flush, wait);
        },
        close: () => close(),
        isClosed: () => closed,
      };
      let undo: () => void = () => undefined;
      const heartbeat = setInterval(() => channel.write(`: heartbeat\n\n`), HEARTBEAT_MS);
      function close() {
        if (closed) return;
        flush(); // what was written before closing (a `session-ended`) still goes
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
      const connected = () => channel.write(`retry: ${options.retryMs}\n: connected\n\n`);
      if (options.ready) void options.ready.then(connected, connected);
      else connected();
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
