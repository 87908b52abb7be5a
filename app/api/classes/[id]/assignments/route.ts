// POST /api/classes/{id}/assignments - the teacher sets an assignment { title, document, range?, opensAt?, dueAt, expectations, prompts?, options? } -> 201 { id, … }.
// GET  /api/classes/{id}/assignments[?limit&after] - a page of the class's assignments, soonest due first (members; 404 otherwise).
import { createAssignmentSchema } from "@/lib/validation/assignments";
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { requireUser } from "@/server/auth/current-user";
import { createAssignment } from "@/server/data/assignments/create-assignment";
import { listClassAssignments } from "@/server/data/assignments/list-class-assignments";
import { apiRoute } from "@/server/http/api-route";
import { readPageQuery } from "@/server/http/page-query";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const input = await readJsonAs(request, createAssignmentSchema, 200_000);
  return Response.json(await createAssignment({ userId: user.id, classId: (await params).id, input }), { status: 201 });
});

export const GET = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const page = readPageQuery(request);
  const rows = await listClassAssignments({ userId: user.id, classId: (await params).id, page: pageWindow(page) });
  const { items, next } = pageOf(rows, page);
  return Response.json({ assignments: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
