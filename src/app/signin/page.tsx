import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { SignInForm } from "@/components/account/sign-in-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { oauthAvailability } from "@/server/auth/oauth-config";
import { isDatabaseUnavailable } from "@/server/http/database-errors";

export const metadata: Metadata = { title: "Sign in" };
// Which providers are configured is read from the environment on each request, not at build time.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** next-auth redirects here with ?error=<code> when a GitHub or Google sign-in fails. */
function redirectErrorMessage(code: unknown): string | null {
  if (typeof code !== "string" || !code) return null;
  switch (code) {
    case "CredentialsSignin":
      return "E-mail or password is wrong.";
    case "SessionRequired":
      return "Sign in to see that page.";
    case "OAuthAccountNotLinked":
      return "This e-mail address already belongs to an account that signs in another way. Sign in with it first.";
    default:
      return "Signing in with GitHub or Google did not work. Try again, or sign in with your e-mail and password.";
  }
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  let signedIn;
  try {
    signedIn = await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  if (signedIn) redirect(callbackUrl);
  return (
    <div className="page auth-page">
      <h1>Sign in</h1>
      {params.reset === "done" && (
        <p className="notice" role="status">
          Your password was changed. Sign in with your new password.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} oauth={oauthAvailability()} initialError={redirectErrorMessage(params.error)} />
    </div>
  );
}
