// POST /api/password-reset - send a reset link to an e-mail address; always 202 with the same answer, whether or not it has an account.
// 503 (code "reset_email_not_configured") when e-mail is configured without NEXTAUTH_URL, for every address alike.
import { after } from "next/server";
import { passwordResetRequestSchema } from "@/lib/validation/account";
import { createPasswordReset } from "@/server/data/password-resets/create-password-reset";
import { apiRoute } from "@/server/http/api-route";
import { HttpError } from "@/server/http/errors";
import { hasConfiguredOrigin, publicOrigin } from "@/server/http/public-origin";
import { readJsonAs } from "@/server/http/read-json";
import { deliverPasswordReset, resetDelivery } from "@/server/mail/password-reset-mail";

export const dynamic = "force-dynamic";

/** Looks the address up, makes a link and sends it; run after the answer (see below), so failures are only logged. */
async function startReset(email: string): Promise<void> {
  const reset = await createPasswordReset({ email });
  if (!reset) return;
  await deliverPasswordReset(reset, `${publicOrigin()}/reset-password/${reset.token}`).catch((error: unknown) =>
    console.error(`[interleaf] Could not send the password reset e-mail to ${reset.email}:`, error),
  );
}

export const POST = apiRoute(async (request) => {
  const { email } = await readJsonAs(request, passwordResetRequestSchema, 4 * 1024);
  const delivery = resetDelivery();
  if (delivery === "email" && !hasConfiguredOrigin()) {
    // npm start refuses this configuration; this covers a server started some other way.
    throw new HttpError(
      503,
      "Password reset by e-mail is not available: the server has no public address configured (NEXTAUTH_URL). Ask your administrator.",
      {
        code: "reset_email_not_configured",
      },
    );
  }
  // Everything that depends on whether the account exists (the look-up, the link, the e-mail)
  // runs after the answer is sent: the answer and its timing are the same for every address.
  after(() => startReset(email).catch((error: unknown) => console.error("[interleaf] Could not start a password reset:", error)));
  const message =
    delivery === "email"
      ? "If an account uses this address, a reset link is on its way. It works for one hour."
      : "If an account uses this address, a reset link was made. No e-mail server is configured: the reset link was written to the server log.";
  return Response.json({ message, delivery }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
