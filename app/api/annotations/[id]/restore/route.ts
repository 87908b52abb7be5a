// POST /api/annotations/{id}/restore - the author undoes the deletion of their note (within UNDO_DELETE_MINUTES) -> the annotation.
import { requireUser } from "@/server/auth/current-user";
import { restoreAnnotation } from "@/server/data/annotations/restore-annotation";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  return Response.json(await restoreAnnotation({ userId: user.id, id: (await params).id }));
});
