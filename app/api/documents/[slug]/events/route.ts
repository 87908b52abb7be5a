// GET /api/documents/{slug}/events - server-sent events: notes and replies the caller may see, as they change.
// Resume with the Last-Event-ID header (or ?lastEventId= where a header cannot be set).
import { clientAddress } from "@/server/auth/client-address";
import { getCurrentUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { visibleDocumentsWhere } from "@/server/data/documents/visibility";
import { apiRoute } from "@/server/http/api-route";
import { notFound } from "@/server/http/errors";
import { documentEventStream } from "@/server/live/document-event-stream";
import { reserveStream } from "@/server/live/stream-caps";

export const dynamic = "force-dynamic";

const parseEventId = (value: string | null) => (value && /^\d{1,19}$/.test(value) ? BigInt(value) : null);

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  const userId = user?.id ?? null;
  const document = await getDb().document.findFirst({ where: { slug, ...visibleDocumentsWhere({ userId }) }, select: { id: true } });
  if (!document) throw notFound(`Document "${slug}"`);
  const lastEventId = parseEventId(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"));
  // 429 past the per-user and per-address caps; the count drops when the stream ends.
  const release = reserveStream(userId, clientAddress(request.headers));
  if (request.signal.aborted) release();
  const stream = documentEventStream({ userId, documentId: document.id, lastEventId, signal: request.signal, onClose: release });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (Next's and proxies') from buffering the stream.
      "Cache-Control": "private, no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
