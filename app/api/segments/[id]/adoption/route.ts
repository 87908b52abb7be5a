// POST   /api/segments/{id}/adoption - { translationId, scope? }: mark a rendering adopted (document owner, or a class's teacher).
// DELETE /api/segments/{id}/adoption?scope= - lift the mark.
import { scopeQuerySchema } from "@/lib/validation/queries";
import { adoptionSchema } from "@/lib/validation/translation";
import { requireUser } from "@/server/auth/current-user";
import { removeAdoption } from "@/server/data/translations/remove-adoption";
import { setAdoption } from "@/server/data/translations/set-adoption";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const input = await readJsonAs(request, adoptionSchema, 1024);
  return Response.json(await setAdoption({ userId: user.id, segmentId: (await params).id, ...input }));
});

export const DELETE = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const { scope } = readQuery(request, scopeQuerySchema);
  await removeAdoption({ userId: user.id, segmentId: (await params).id, scope });
  return new Response(null, { status: 204 });
});
