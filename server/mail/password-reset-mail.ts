/**
 * Delivers a password reset link: by e-mail through SMTP_URL when it is set (e.g.
 * smtps://user:pass@smtp.example.com), else into the server log, so a self-hosted instance with
 * no mail server can still reset passwords (whoever runs it reads the log).
 */
import "server-only";
import { mailConfigured, mailFrom, mailTransport } from "./transport";

export type ResetDelivery = "email" | "log";

export const resetDelivery = (): ResetDelivery => (mailConfigured() ? "email" : "log");

export async function deliverPasswordReset(to: { email: string; name: string }, url: string): Promise<void> {
  if (resetDelivery() === "log") {
    console.log(`[interleaf] Password reset link for ${to.email}: ${url}`);
    return;
  }
  await mailTransport().sendMail({
    from: mailFrom(),
    to: { name: to.name, address: to.email },
    subject: "Reset your Interleaf password",
    text: [
      `Hello ${to.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Interleaf account. Open this link within one hour to choose a new one:",
      "",
      url,
      "",
      "If you did not ask for this, ignore this e-mail: your password stays as it is.",
    ].join("\n"),
  });
}
