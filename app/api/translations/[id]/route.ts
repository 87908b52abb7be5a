// GET    /api/translations/{id} - one translation the caller may see (404 otherwise).
// PATCH  /api/translations/{id} - edit one's own proposal { text }.
// DELETE /api/translations/{id} - withdraw one's own proposal.
import { MAX_TRANSLATION_BYTES, updateProposalSchema } from "@/lib/validation/translation";
import { getCurrentUser, requireUser } from "@/server/auth/current-user";
import { getTranslationOrThrow } from "@/server/data/translations/get-translation-or-throw";
import { updateProposal } from "@/server/data/translations/update-proposal";
import { withdrawProposal } from "@/server/data/translations/withdraw-proposal";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await getCurrentUser();
  return Response.json(await getTranslationOrThrow({ userId: user?.id ?? null, id: (await params).id }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});

export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const { text } = await readJsonAs(request, updateProposalSchema, MAX_TRANSLATION_BYTES);
  await takeWriteSlot(user.id, "edits");
  return Response.json(await updateProposal({ userId: user.id, id: (await params).id, text }));
});

export const DELETE = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  await withdrawProposal({ userId: user.id, id: (await params).id });
  return new Response(null, { status: 204 });
});
