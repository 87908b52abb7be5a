// GET /api/health - 200 { db: "ok" } once the database answers, 503 otherwise.
import { checkDatabase } from "@/server/data/health/check-database";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase();
  return Response.json(ok ? { db: "ok" } : { db: "unavailable", error: DATABASE_UNAVAILABLE_MESSAGE }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
