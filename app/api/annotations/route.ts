// POST /api/annotations - create a highlight or note (honours Idempotency-Key).
// GET  /api/annotations?document={slug}[&tag&author&motivation&q][&segments=a,b][&limit=n][&after=cursor] - one page of the annotations
//      the caller may see (limit 100 by default, at most 500, and at most ~4 MB), `next` (the cursor of the page after, or null), and the live event id to stream from.
import { createAnnotationSchema, MAX_ANNOTATION_BYTES } from "@/lib/validation/annotation";
import { annotationSliceSchema } from "@/lib/validation/annotation-slice";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { createAnnotation } from "@/server/data/annotations/create-annotation";
import { listAnnotationPage } from "@/server/data/annotations/list-annotation-page";
import { checkIdempotencyKey, findStoredResponse, requestHash } from "@/server/data/idempotency/run-idempotent";
import { latestLiveEventId } from "@/server/live/latest-live-event-id";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { HttpError, validationError } from "@/server/http/errors";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const idempotencyKey = checkIdempotencyKey(request.headers.get("idempotency-key"));
  const input = await readJsonAs(request, createAnnotationSchema, MAX_ANNOTATION_BYTES);
  // A retry of a note already stored (same Idempotency-Key) writes nothing, so it costs nothing.
  const stored = idempotencyKey && (await findStoredResponse({ userId: user.id, key: idempotencyKey, hash: requestHash("POST /api/annotations", input) }));
  if (!stored) await takeWriteSlot(user.id, "notes");
  const result = await createAnnotation({ userId: user.id, input, idempotencyKey });
  return Response.json(result.body, { status: result.status, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
});

export const GET = apiRoute(async (request) => {
  const params = new URL(request.url).searchParams;
  const documentSlug = params.get("document");
  if (!documentSlug) throw new HttpError(400, "Say which document: /api/annotations?document={slug}.");
  const sliced = annotationSliceSchema.safeParse({ segments: params.get("segments") ?? undefined, limit: params.get("limit") ?? undefined, after: params.get("after") ?? undefined });
  if (!sliced.success) throw validationError(sliced.error, "This part of the notes cannot be listed.");
  const slice = sliced.data;
  const user = await getCurrentUser();
  const pick = (name: string) => params.get(name)?.slice(0, 200) || undefined;
  // Read first: opening the event stream from here misses nothing written while the list is read.
  const lastEventId = await latestLiveEventId({ documentSlug });
  const { annotations, next } = await listAnnotationPage({
    userId: user?.id ?? null,
    documentSlug,
    filters: { tag: pick("tag"), authorId: pick("author"), motivation: pick("motivation"), q: pick("q") },
    segmentIds: slice.segments,
    limit: slice.limit,
    after: slice.after,
  });
  return Response.json({ annotations, lastEventId, next }, { headers: { "Cache-Control": "private, no-store" } });
});
