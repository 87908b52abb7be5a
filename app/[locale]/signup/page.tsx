import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { SignUpForm } from "@/components/account/sign-up-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import "@/components/account/account.css";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth" });
  return { title: t("signUpTitle") };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ params, searchParams }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Auth");
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const signedIn = await readUnlessUnavailable(getCurrentUser);
  if (signedIn === UNAVAILABLE) return <UnavailableNotice />;
  if (signedIn) redirect(callbackUrl);
  return (
    <div className="page auth-page">
      <h1>{t("signUpHeading")}</h1>
      <p className="lede">{t("signUpLede")}</p>
      <ClientMessages namespaces={["Forms"]}>
        <SignUpForm callbackUrl={callbackUrl} />
      </ClientMessages>
    </div>
  );
}
