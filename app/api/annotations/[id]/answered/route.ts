// POST /api/annotations/{id}/answered - the asker, or a teacher of the note's class, marks a question answered { answered } -> the annotation.
import { markAnsweredSchema } from "@/lib/validation/annotation";
import { requireUser } from "@/server/auth/current-user";
import { markAnswered } from "@/server/data/annotations/mark-answered";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { answered } = await readJsonAs(request, markAnsweredSchema, 1024);
  return Response.json(await markAnswered({ userId: user.id, id: (await params).id, answered }));
});
