// POST /api/annotations/{id}/hide - the teacher of the note's class hides or shows it { hidden } -> the annotation.
import { hideAnnotationSchema } from "@/lib/validation/annotation";
import { requireUser } from "@/server/auth/current-user";
import { hideAnnotation } from "@/server/data/annotations/hide-annotation";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { hidden } = await readJsonAs(request, hideAnnotationSchema, 1024);
  return Response.json(await hideAnnotation({ userId: user.id, id: (await params).id, hidden }));
});
