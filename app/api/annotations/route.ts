// POST /api/annotations - create a highlight or note (honours Idempotency-Key).
// GET  /api/annotations?document={slug}[&tag&author&motivation&q][&segments=a,b | &limit=n[&after=cursor]] - the annotations the caller may see
//      (all, those on some sentences, or one page and the cursor of the `next`), and the live event id to stream from.
import { createAnnotationSchema, MAX_ANNOTATION_BYTES } from "@/lib/validation/annotation";
import { encodeCursor } from "@/lib/validation/annotation-slice";
import { annotationListQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { createAnnotation } from "@/server/data/annotations/create-annotation";
import { listAnnotations } from "@/server/data/annotations/list-annotations";
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
  const result = await createAnnotation({ userId: user.id, input, idempotencyKey });
  return Response.json(result.body, { status: result.status, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
});

export const GET = apiRoute(async (request) => {
  const { document: documentSlug, tag, author, motivation, q, ...slice } = readQuery(request, annotationListQuerySchema);
  const user = await getCurrentUser();
  // Read first: opening the event stream from here misses nothing written while the list is read.
  const lastEventId = await latestLiveEventId({ documentSlug });
  const annotations = await listAnnotations({
    userId: user?.id ?? null,
    documentSlug,
    filters: { tag, authorId: author, motivation, q },
    slice: { segmentIds: slice.segments, limit: slice.limit, after: slice.after },
  });
  const last = annotations.at(-1);
  // A full page may have more after it; a shorter one is the end.
  const next = slice.limit && last && annotations.length === slice.limit ? encodeCursor(last.createdAt, last.id) : null;
  return Response.json({ annotations, lastEventId, ...(slice.limit ? { next } : {}) }, { headers: { "Cache-Control": "private, no-store" } });
});
