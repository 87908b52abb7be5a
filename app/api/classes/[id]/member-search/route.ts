// GET /api/classes/{id}/member-search[?q&limit] - members of a class the caller belongs to whose name contains q, for @mentions:
//     { members: [{ id, name, role }] } (the caller left out; at most 20). 404 for a class the caller is not in.
import { memberSearchQuerySchema } from "@/lib/validation/member-search";
import { requireUser } from "@/server/auth/current-user";
import { searchClassMembers } from "@/server/data/classes/search-class-members";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const query = readQuery(request, memberSearchQuerySchema);
  const members = await searchClassMembers({ userId: user.id, classId: (await params).id, query });
  return Response.json({ members }, { headers: { "Cache-Control": "private, no-store" } });
});
