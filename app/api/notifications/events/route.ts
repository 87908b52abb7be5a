// GET /api/notifications/events - server-sent events for the caller's inbox: `inbox` when there may be
//     something new (then ask GET /api/notifications), `session-ended` when the session has. 401 when signed out.
import { clientAddress } from "@/server/auth/client-address";
import { getCurrentSession } from "@/server/auth/current-user";
import { apiRoute } from "@/server/http/api-route";
import { UnauthorizedError } from "@/server/http/errors";
import { inboxEventStream } from "@/server/live/inbox-event-stream";
import { reserveStream } from "@/server/live/stream-caps";
import { sseResponse } from "@/server/live/sse-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const session = await getCurrentSession();
  if (!session) throw new UnauthorizedError();
  // 429 past the per-user and per-address caps (counted apart from document streams); released when the stream ends.
  const release = reserveStream(session.user.id, clientAddress(request.headers), "inbox");
  if (request.signal.aborted) release();
  const stream = inboxEventStream({
    userId: session.user.id,
    signal: request.signal,
    sessionHolds: session.stillValid,
    onClose: release,
  });
  return sseResponse(stream);
});
