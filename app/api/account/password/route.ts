// POST /api/account/password - change the password (needs the current one; throttled like sign-in); signs out other sessions.
import { changePasswordSchema } from "@/lib/validation/account";
import { clientAddress } from "@/server/auth/client-address";
import { requireUser } from "@/server/auth/current-user";
import { changePassword } from "@/server/data/users/change-password";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, changePasswordSchema, 4 * 1024);
  await changePassword({ userId: user.id, ...input, ip: clientAddress(request.headers) });
  return Response.json({ ok: true, email: user.email }, { headers: { "Cache-Control": "no-store" } });
});
