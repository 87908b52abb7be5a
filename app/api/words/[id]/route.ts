// DELETE /api/words/{id} - remove a word from one's own My words (anyone else's answers 404).
import { requireUser } from "@/server/auth/current-user";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { deleteSavedWord } from "@/server/data/words/saved-words";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  await takeWriteSlot(user.id, "words");
  await deleteSavedWord({ userId: user.id, id: (await params).id });
  return new Response(null, { status: 204 });
});
