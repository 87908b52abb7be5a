// POST /api/password-reset - send a reset link to an e-mail address; always 202 with the same answer, whether or not it has an account.
import { passwordResetRequestSchema } from "@/lib/validation/account";
import { createPasswordReset } from "@/server/data/password-resets/create-password-reset";
import { apiRoute } from "@/server/http/api-route";
import { publicOrigin } from "@/server/http/public-origin";
import { readJsonAs } from "@/server/http/read-json";
import { deliverPasswordReset, resetDelivery } from "@/server/mail/password-reset-mail";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const { email } = await readJsonAs(request, passwordResetRequestSchema, 4 * 1024);
  const reset = await createPasswordReset({ email });
  if (reset) {
    const url = `${publicOrigin(request)}/reset-password/${reset.token}`;
    // Not awaited: waiting for the mail server only when the account exists would tell, by
    // timing, which addresses have accounts. A failed send is logged.
    deliverPasswordReset(reset, url).catch((error: unknown) => console.error(`[interleaf] Could not send the password reset e-mail to ${reset.email}:`, error));
  }
  const delivery = resetDelivery();
  const message =
    delivery === "email"
      ? "If an account uses this address, a reset link is on its way. It works for one hour."
      : "If an account uses this address, a reset link was made. No e-mail server is configured: the reset link was written to the server log.";
  return Response.json({ message, delivery }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
