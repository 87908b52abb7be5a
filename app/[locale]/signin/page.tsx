import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { SignInForm } from "@/components/account/sign-in-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { oauthAvailability } from "@/server/auth/oauth-config";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import "@/components/account/account.css";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth" });
  return { title: t("signInTitle") };
}
// Which providers are configured is read from the environment on each request, not at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** next-auth redirects here with ?error=<code> when a GitHub or Google sign-in fails. */
function redirectErrorMessage(code: unknown, t: Awaited<ReturnType<typeof getTranslations<"Auth">>>): string | null {
  if (typeof code !== "string" || !code) return null;
  switch (code) {
    case "CredentialsSignin":
      return t("errorCredentials");
    case "SessionRequired":
      return t("errorSessionRequired");
    case "OAuthAccountNotLinked":
      return t("errorAccountNotLinked");
    default:
      return t("errorOAuth");
  }
}

export default async function SignInPage({ params: routeParams, searchParams }: Props) {
  await routeLocale(routeParams);
  const t = await getTranslations("Auth");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const signedIn = await readUnlessUnavailable(getCurrentUser);
  if (signedIn === UNAVAILABLE) return <UnavailableNotice />;
  if (signedIn) redirect(callbackUrl);
  return (
    <div className="page auth-page">
      <h1>{t("signInHeading")}</h1>
      {params.reset === "done" && (
        <p className="notice" role="status">
          {t("passwordChanged")}
        </p>
      )}
      <ClientMessages namespaces={["Forms"]}>
        <SignInForm callbackUrl={callbackUrl} oauth={oauthAvailability()} initialError={redirectErrorMessage(params.error, t)} />
      </ClientMessages>
    </div>
  );
}
