// POST /api/classes - create a class { name } -> 201 { id, name, joinCode }; the caller is its teacher.
// GET  /api/classes[?limit&after] - the caller's classes, a page at a time (`next` for the rest).
import { createClassSchema } from "@/lib/validation/classes";
import { requireUser } from "@/server/auth/current-user";
import { createClass } from "@/server/data/classes/create-class";
import { listMyClasses } from "@/server/data/classes/list-my-classes";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { name } = await readJsonAs(request, createClassSchema, 4096);
  return Response.json(await createClass({ userId: user.id, name }), { status: 201 });
});

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const page = readPageQuery(request);
  const { items, next } = pageOf(await listMyClasses({ userId: user.id, page: pageWindow(page) }), page);
  return Response.json({ classes: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
