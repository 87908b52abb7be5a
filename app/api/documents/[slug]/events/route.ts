// GET /api/documents/{slug}/events - server-sent events: notes and replies the caller may see, as they change.
// Resume with the Last-Event-ID header (or ?lastEventId= where a header cannot be set).
import { parseBigintId } from "@/lib/validation/numbers";
import { eventsQuerySchema } from "@/lib/validation/queries";
import { clientAddress } from "@/server/auth/client-address";
import { getCurrentSession } from "@/server/auth/current-user";
import { readableDocumentIdOrThrow } from "@/server/data/documents/readable-document-id";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";
import { documentEventStream } from "@/server/live/document-event-stream";
import { reserveStream } from "@/server/live/stream-caps";
import { sseResponse } from "@/server/live/sse-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const query = readQuery(request, eventsQuerySchema);
  const session = await getCurrentSession();
  const userId = session?.user.id ?? null;
  const documentId = await readableDocumentIdOrThrow({ slug, userId });
  // An id that is not one (or beyond bigint) is read as "from now", as a browser's first connect is.
  const lastEventId = parseBigintId(request.headers.get("last-event-id") ?? query.lastEventId);
  // 429 past the per-user and per-address caps; the count drops when the stream ends.
  const release = reserveStream(userId, clientAddress(request.headers));
  if (request.signal.aborted) release();
  const stream = documentEventStream({
    userId,
    documentId,
    lastEventId,
    signal: request.signal,
    sessionHolds: session?.stillValid,
    sessionConfirmedNow: session?.confirmedNow,
    onClose: release,
  });
  return sseResponse(stream);
});
