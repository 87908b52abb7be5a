// POST /api/password-reset/confirm - set a new password with a reset link's token (once, within an hour); signs out every session.
import { passwordResetConfirmSchema } from "@/lib/validation/account";
import { resetPassword } from "@/server/data/password-resets/reset-password";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const { token, password } = await readJsonAs(request, passwordResetConfirmSchema, 4 * 1024);
  const { email } = await resetPassword({ token, password });
  return Response.json({ ok: true, email }, { headers: { "Cache-Control": "no-store" } });
});
