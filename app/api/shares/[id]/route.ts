// DELETE /api/shares/{id} - revoke one's own link (others' answer 404).
import { requireUser } from "@/server/auth/current-user";
import { revokeShare } from "@/server/data/shares/revoke-share";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  await revokeShare({ userId: user.id, id: (await params).id });
  return new Response(null, { status: 204 });
});
