// GET /api/account/export - download everything the signed-in user wrote, as a JSON attachment.
import { requireUser } from "@/server/auth/current-user";
import { exportUserData } from "@/server/data/users/export-user-data";
import { UnauthorizedError } from "@/server/http/errors";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const data = await exportUserData({ userId: user.id });
  if (!data) throw new UnauthorizedError();
  const filename = `interleaf-export-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
