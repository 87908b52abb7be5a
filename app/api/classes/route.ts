// POST /api/classes - create a class { name } -> 201 { id, name, joinCode }; the caller is its teacher.
// GET  /api/classes - the caller's classes.
import { createClassSchema } from "@/lib/validation/classes";
import { requireUser } from "@/server/auth/current-user";
import { createClass } from "@/server/data/classes/create-class";
import { listMyClasses } from "@/server/data/classes/list-my-classes";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { name } = await readJsonAs(request, createClassSchema, 4096);
  return Response.json(await createClass({ userId: user.id, name }), { status: 201 });
});

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return Response.json({ classes: await listMyClasses({ userId: user.id }) }, { headers: { "Cache-Control": "private, no-store" } });
});
