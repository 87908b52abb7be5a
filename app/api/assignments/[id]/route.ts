// GET    /api/assignments/{id} - one assignment, for members of its class (404 otherwise).
// PATCH  /api/assignments/{id} - the teacher changes it (any field but the text; prompts given replace the old ones).
// DELETE /api/assignments/{id} - the teacher deletes it (the notes written for it stay).
import { updateAssignmentSchema } from "@/lib/validation/assignments";
import { requireUser } from "@/server/auth/current-user";
import { toAssignmentView } from "@/server/data/assignments/assignment-view";
import { deleteAssignment } from "@/server/data/assignments/delete-assignment";
import { getAssignmentOrThrow } from "@/server/data/assignments/get-assignment-or-throw";
import { updateAssignment } from "@/server/data/assignments/update-assignment";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  const { row, role } = await getAssignmentOrThrow({ userId: user.id, assignmentId: (await params).id });
  return Response.json({ ...toAssignmentView(row), role }, { headers: { "Cache-Control": "private, no-store" } });
});

export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const input = await readJsonAs(request, updateAssignmentSchema, 200_000);
  return Response.json(await updateAssignment({ userId: user.id, assignmentId: (await params).id, input }));
});

export const DELETE = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  await deleteAssignment({ userId: user.id, assignmentId: (await params).id });
  return new Response(null, { status: 204 });
});
