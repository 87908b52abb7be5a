// POST /api/annotations/{id}/replies - reply to an annotation the caller may see { body }.
import { createReplySchema, MAX_ANNOTATION_BYTES } from "@/lib/validation/annotation";
import { requireUser } from "@/server/auth/current-user";
import { createReply } from "@/server/data/annotations/create-reply";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { body } = await readJsonAs(request, createReplySchema, MAX_ANNOTATION_BYTES);
  await takeWriteSlot(user.id, "replies");
  const reply = await createReply({ userId: user.id, annotationId: (await params).id, body });
  return Response.json(reply, { status: 201 });
});
