// @ts-check
/**
 * Loaded into the Next server process by scripts/start.ts (`--import` through NODE_OPTIONS), before
 * Next. Stamps every incoming request with the address of the TCP peer that sent it, in the header
 * `x-interleaf-peer-address`, overwriting whatever a client put there, so that route handlers (which
 * see only headers, never the socket) can key limits on an address the client cannot choose
 * (server/auth/client-address.ts).
 *
 * Why not X-Forwarded-For: `next start` sets it from the socket only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js),
 * so any client can write its own.
 *
 * Node publishes `http.server.request.start` on diagnostics_channel synchronously before it emits
 * the server's "request" event, so this runs before any of Next's code sees the request.
 */
import { subscribe } from "node:diagnostics_channel";

export const PEER_ADDRESS_HEADER = "x-interleaf-peer-address";

subscribe("http.server.request.start", (message) => {
  const { request, socket } = /** @type {{ request: import("node:http").IncomingMessage, socket: import("node:net").Socket }} */ (message);
  request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
});
