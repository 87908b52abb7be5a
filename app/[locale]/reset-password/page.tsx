import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetRequestForm } from "@/components/account/reset-request-form";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import "@/components/account/account.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ResetPassword" });
  return { title: t("requestTitle") };
}

export default async function ResetPasswordRequestPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("ResetPassword");
  return (
    <div className="page auth-page">
      <h1>{t("requestHeading")}</h1>
      <p className="lede">{t("requestLede")}</p>
      <ClientMessages namespaces={["ResetPasswordForms"]}>
        <ResetRequestForm />
      </ClientMessages>
    </div>
  );
}
