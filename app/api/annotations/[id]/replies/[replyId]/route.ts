// PATCH  /api/annotations/{id}/replies/{replyId} - edit one's own reply { body }.
// DELETE /api/annotations/{id}/replies/{replyId} - delete one's own reply.
import { createReplySchema, MAX_ANNOTATION_BYTES } from "@/lib/validation/annotation";
import { requireUser } from "@/server/auth/current-user";
import { changeReply } from "@/server/data/annotations/change-reply";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string; replyId: string }> };

export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const { id, replyId } = await params;
  const { body } = await readJsonAs(request, createReplySchema, MAX_ANNOTATION_BYTES);
  await takeWriteSlot(user.id, "edits");
  return Response.json(await changeReply({ userId: user.id, annotationId: id, replyId, body: body ?? {} }));
});

export const DELETE = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  const { id, replyId } = await params;
  await changeReply({ userId: user.id, annotationId: id, replyId, body: null });
  return new Response(null, { status: 204 });
});
