import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { checkPasswordReset } from "@/server/data/password-resets/check-password-reset";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import "@/components/account/account.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ResetPassword" });
  return { title: t("chooseTitle"), referrer: "no-referrer" };
}

/** The interface-language sentence for each state RESET_TOKEN_MESSAGES describes in English. */
const TOKEN_MESSAGE_KEYS = { unknown: "tokenUnknown", used: "tokenUsed", expired: "tokenExpired" } as const;

export default async function ResetPasswordPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("ResetPassword");
  const { token } = await params;
  const state = await readUnlessUnavailable(() => checkPasswordReset({ token }));
  if (state === UNAVAILABLE) return <UnavailableNotice />;
  return (
    <div className="page auth-page">
      <h1>{t("chooseHeading")}</h1>
      {state === "valid" ? (
        <>
          <p className="lede">{t("chooseLede")}</p>
          <ClientMessages namespaces={["ResetPasswordForms"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p className="notice notice-error" role="alert">
            {t(TOKEN_MESSAGE_KEYS[state])}
          </p>
          <p>
            <Link href="/reset-password">{t("askAgain")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
