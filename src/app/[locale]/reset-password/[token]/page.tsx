import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { checkPasswordReset, RESET_TOKEN_MESSAGES } from "@/server/data/password-resets/check-password-reset";
import { isDatabaseUnavailable } from "@/server/http/database-errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  await routeLocale(params);
  const { token } = await params;
  let state;
  try {
    state = await checkPasswordReset({ token });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  return (
    <div className="page auth-page">
      <h1>Choose a new password</h1>
      {state === "valid" ? (
        <>
          <p className="lede">After this, every device signed in to your account is signed out, and you sign in with the new password.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="notice notice-error" role="alert">
            {RESET_TOKEN_MESSAGES[state]}
          </p>
          <p>
            <Link href="/reset-password">Ask for a new reset link</Link>
          </p>
        </>
      )}
    </div>
  );
}
