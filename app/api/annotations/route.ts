// POST /api/annotations - create a highlight or note (honours Idempotency-Key).
// GET  /api/annotations?document={slug}[&tag&author&motivation&q][&segments=a,b][&limit=n][&after=cursor] - one page of the annotations
//      the caller may see (limit 100 by default, at most 500, and at most ~4 MB), `next` (the cursor of the page after, or null), and the live event id to stream from.
import { createAnnotationSchema, MAX_ANNOTATION_BYTES } from "@/lib/validation/annotation";
import { annotationListQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { createAnnotation } from "@/server/data/annotations/create-annotation";
import { listAnnotationPage } from "@/server/data/annotations/list-annotation-page";
import { checkIdempotencyKey } from "@/server/data/idempotency/run-idempotent";
import { latestLiveEventId } from "@/server/live/latest-live-event-id";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const idempotencyKey = checkIdempotencyKey(request.headers.get("idempotency-key"));
  const input = await readJsonAs(request, createAnnotationSchema, MAX_ANNOTATION_BYTES);
  // The note's write rate and quota are counted with the note, in its statement; a retry of a note
  // already stored (same Idempotency-Key) writes nothing, so it costs nothing.
  const result = await createAnnotation({ userId: user.id, input, idempotencyKey });
  return Response.json(result.body, { status: result.status, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
});

export const GET = apiRoute(async (request) => {
  const { document: documentSlug, tag, author, motivation, q, ...slice } = readQuery(request, annotationListQuerySchema);
  const user = await getCurrentUser();
  // Read first: opening the event stream from here misses nothing written while the list is read.
  const lastEventId = await latestLiveEventId({ documentSlug });
  const { annotations, next } = await listAnnotationPage({
    userId: user?.id ?? null,
    documentSlug,
    filters: { tag, authorId: author, motivation, q },
    segmentIds: slice.segments,
    limit: slice.limit,
    after: slice.after,
  });
  return Response.json({ annotations, lastEventId, next }, { headers: { "Cache-Control": "private, no-store" } });
});
