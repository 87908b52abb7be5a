// POST /api/translations/{id}/votes - { value: 1 | -1 | 0 }: one vote per person (0 removes it) -> the tally.
import { voteSchema } from "@/lib/validation/translation";
import { requireUser } from "@/server/auth/current-user";
import { castVote } from "@/server/data/translations/cast-vote";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { value } = await readJsonAs(request, voteSchema, 1024);
  await takeWriteSlot(user.id, "votes");
  return Response.json({ votes: await castVote({ userId: user.id, translationId: (await params).id, value }) });
});
