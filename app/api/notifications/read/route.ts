// POST /api/notifications/read { ids: string[] } | { all: true } - marks the caller's own notifications read
//      -> { marked, unread }. Others' ids are ignored, never refused. Idempotent, so not rate-limited; the body is capped.
import { markNotificationsReadSchema } from "@/lib/validation/notifications";
import { requireUser } from "@/server/auth/current-user";
import { markNotificationsRead } from "@/server/data/notifications/mark-notifications-read";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, markNotificationsReadSchema, 48_000);
  return Response.json(await markNotificationsRead({ userId: user.id, input }));
});
