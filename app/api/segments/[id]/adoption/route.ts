// POST   /api/segments/{id}/adoption - { translationId, scope? }: mark a rendering adopted (document owner, or a class's teacher).
// DELETE /api/segments/{id}/adoption?scope= - lift the mark.
import { adoptionSchema, removeAdoptionSchema } from "@/lib/validation/translation";
import { requireUser } from "@/server/auth/current-user";
import { removeAdoption } from "@/server/data/translations/remove-adoption";
import { setAdoption } from "@/server/data/translations/set-adoption";
import { apiRoute } from "@/server/http/api-route";
import { validationError } from "@/server/http/errors";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const input = await readJsonAs(request, adoptionSchema, 1024);
  return Response.json(await setAdoption({ userId: user.id, segmentId: (await params).id, ...input }));
});

export const DELETE = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const parsed = removeAdoptionSchema.safeParse({ scope: new URL(request.url).searchParams.get("scope") ?? undefined });
  if (!parsed.success) throw validationError(parsed.error);
  await removeAdoption({ userId: user.id, segmentId: (await params).id, scope: parsed.data.scope });
  return new Response(null, { status: 204 });
});
