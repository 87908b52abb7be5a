// GET /api/notifications[?unreadOnly&limit&after] - the caller's notifications, newest first:
//     { unread, items: [{ id, kind, read, createdAt, actorName?, documentSlug?, annotationId?, ... }], next }.
import { notificationsQuerySchema } from "@/lib/validation/notifications";
import { requireUser } from "@/server/auth/current-user";
import { listNotifications } from "@/server/data/notifications/list-notifications";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const { unreadOnly, ...page } = readQuery(request, notificationsQuerySchema);
  return Response.json(await listNotifications({ userId: user.id, page, unreadOnly }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
