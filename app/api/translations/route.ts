// POST /api/translations - propose one's own translation of a sentence { segmentId, text, visibility?, classId? } -> 201 { id }.
import { createProposalSchema, MAX_TRANSLATION_BYTES } from "@/lib/validation/translation";
import { requireUser } from "@/server/auth/current-user";
import { createProposal } from "@/server/data/translations/create-proposal";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, createProposalSchema, MAX_TRANSLATION_BYTES);
  await takeWriteSlot(user.id, "proposals");
  return Response.json(await createProposal({ userId: user.id, input }), { status: 201 });
});
