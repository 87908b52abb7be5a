// GET    /api/annotations/{id} - one annotation the caller may see (404 otherwise).
// PATCH  /api/annotations/{id} - edit one's own { version, body?, tags?, motivation?, color?, visibility? }; stale version 409.
// DELETE /api/annotations/{id} - delete one's own.
import { MAX_ANNOTATION_BYTES, updateAnnotationSchema } from "@/lib/validation/annotation";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { deleteAnnotation } from "@/server/data/annotations/delete-annotation";
import { getAnnotationOrThrow } from "@/server/data/annotations/get-annotation";
import { updateAnnotation } from "@/server/data/annotations/update-annotation";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await getCurrentUser();
  return Response.json(await getAnnotationOrThrow({ userId: user?.id ?? null, id: (await params).id }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});

export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const input = await readJsonAs(request, updateAnnotationSchema, MAX_ANNOTATION_BYTES);
  await takeWriteSlot(user.id, "edits");
  return Response.json(await updateAnnotation({ userId: user.id, id: (await params).id, input }));
});

export const DELETE = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  await deleteAnnotation({ userId: user.id, id: (await params).id });
  return new Response(null, { status: 204 });
});
