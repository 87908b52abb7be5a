/**
 * The floor of the school-scale live step (live-school.ts): the least a server must do for it,
 * with nothing of the app in the way. A bare `node:http` server, in a process of its own as the
 * app's is, that answers the step's two requests exactly as far as the step can tell:
 *
 * - `POST /api/annotations`: reads the body, names the note, answers 201 with the note as the app
 *   answers it, then hands the event to every stream that may see it (public: everyone; class: the
 *   class and the author; private: the author), one JSON text for all of them, as the app does;
 * - `GET /api/documents/<slug>/events`: an event stream, written with `res.write` straight to the
 *   socket, at most once per FLUSH_MS (100 ms, as `server/live/sse-stream.ts`) like the app's.
 *
 * No database, no sessions checked (an account is known by its cookie, given at start), no Next:
 * what the app does beyond this is what the floor does not pay. Started with `fork`; over IPC:
 *
 *   → { type: "start", accounts: [{ cookie, userId, classIds }], view }   ← { type: "listening", port }
 */
import { randomUUID } from "node:crypto";
import http from "node:http";

interface Account {
  userId: string;
  classIds: string[];
}

interface Stream {
  account: Account;
  response: http.ServerResponse;
  pending: string[];
  flushedAt: number;
}

/** As FLUSH_MS in server/live/sse-stream.ts (which only the app's bundle may import). */
const FLUSH_MS = 100;
const EVENTS_PATH = /^\/api\/documents\/[^/]+\/events$/;

const accounts = new Map<string, Account>();
const streams = new Set<Stream>();
/** A real note as the app answers it (its 201's body): the floor sends the same bytes, with its own id. */
let view: Record<string, unknown> = {};
let eventId = 0;

function flush(stream: Stream) {
  stream.flushedAt = performance.now();
  if (stream.pending.length === 0) return;
  stream.response.write(stream.pending.join(""));
  stream.pending = [];
}

function write(stream: Stream, text: string) {
  stream.pending.push(text);
  if (stream.pending.length > 1) return;
  const wait = stream.flushedAt + FLUSH_MS - performance.now();
  if (wait <= 0) setImmediate(flush, stream);
  else setTimeout(flush, wait, stream);
}

const mayRead = (reader: Account, author: Account, visibility: string, classId: string | undefined) =>
  reader === author || visibility === "public" || (visibility === "class" && reader.classIds.includes(classId!));

function create(request: http.IncomingMessage, response: http.ServerResponse, author: Account) {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => (body += chunk));
  request.on("end", () => {
    const { visibility, classId } = JSON.parse(body) as { visibility: string; classId?: string };
    const note = JSON.stringify({ ...view, id: randomUUID(), visibility, classId: classId ?? null });
    response.writeHead(201, { "Content-Type": "application/json" }).end(note);
    const frame = `id: ${++eventId}\nevent: annotation\ndata: ${note}\n\n`;
    for (const stream of streams) if (mayRead(stream.account, author, visibility, classId)) write(stream, frame);
  });
}

function events(request: http.IncomingMessage, response: http.ServerResponse, reader: Account) {
  response.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" });
  const stream: Stream = { account: reader, response, pending: [], flushedAt: -Infinity };
  streams.add(stream);
  write(stream, "retry: 3000\n: connected\n\n");
  request.on("close", () => streams.delete(stream));
}

const server = http.createServer((request, response) => {
  const account = accounts.get(request.headers.cookie ?? "");
  if (!account) return void response.writeHead(401).end();
  if (request.method === "POST" && request.url === "/api/annotations") create(request, response, account);
  else if (request.method === "GET" && EVENTS_PATH.test(request.url ?? "")) events(request, response, account);
  else response.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;

process.on("message", (message: { type: "start"; accounts: ({ cookie: string } & Account)[]; view: Record<string, unknown> }) => {
  for (const { cookie, ...account } of message.accounts) accounts.set(cookie, account);
  view = message.view;
  server.listen(0, "127.0.0.1", () => process.send!({ type: "listening", port: (server.address() as { port: number }).port }));
});
