// POST /api/shares/join - join the class of a link that invites to it { token } -> 201 joined, 200 already a member;
// 404 (one answer) for every link that cannot admit: made up, revoked, expired, lapsed, or not an invitation.
import { joinFromShareSchema } from "@/lib/validation/share";
import { requireUser } from "@/server/auth/current-user";
import { joinFromShare } from "@/server/data/shares/join-from-share";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { token } = await readJsonAs(request, joinFromShareSchema, 1024);
  const result = await joinFromShare({ userId: user.id, token });
  return Response.json(result, { status: result.joined ? 201 : 200 });
});
