import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNameForm } from "@/components/account/account-name-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAccount } from "@/server/data/users/get-account";
import { listSavedWords } from "@/server/data/words/saved-words";
import { MyWords } from "@/components/account/my-words";
import { pageOf } from "@/lib/validation/page-query";
import { PAGE_SIZE } from "@/lib/limits";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import "@/components/account/account.css";
import { TitledSection } from "@/components/ui/titled-section";
import { DownloadButton } from "@/components/ui/download-button";
import { EmailDigestForm } from "@/components/account/email-digest-form";
import { mailConfigured } from "@/server/mail/transport";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Account" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

export default async function AccountPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Account");
  const w = await getTranslations("MyWords");
  const format = await getFormatter();
  const account = await readUnlessUnavailable(async () => {
    const user = await getCurrentUser();
    if (!user) return null;
    const [account, words] = await Promise.all([
      getAccount({ userId: user.id }),
      listSavedWords({ userId: user.id, page: { skip: 0, take: PAGE_SIZE.default + 1 } }),
    ]);
    return account && { ...account, words: pageOf(words, { limit: PAGE_SIZE.default, after: 0 }) };
  });
  if (account === UNAVAILABLE) return <UnavailableNotice />;
  if (!account) redirect("/signin?callbackUrl=/account");
  const providers = account.linkedProviders.map((p) => PROVIDER_NAMES[p] ?? p);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

  // One provider for the three forms: their messages are sent to the browser once.
  return (
    <ClientMessages namespaces={["AccountForms", "MyWords"]}>
      <div className="page account-page">
        <h1>{t("heading")}</h1>
        <p className="lede">
          {providers.length > 0
            ? t.rich("signedInAsWith", { email: account.email, providers: format.list(providers, { type: "conjunction" }), strong })
            : t.rich("signedInAs", { email: account.email, strong })}
        </p>

        <TitledSection className="account-section" id="profile" title={t("profile")}>
          <AccountNameForm initialName={account.name} />
        </TitledSection>

        <TitledSection className="account-section" id="password" title={t("password")}>
          {account.hasPassword ? (
            <ChangePasswordForm email={account.email} />
          ) : (
            <p>
              {t.rich("noPassword", {
                providers: providers.length > 0 ? format.list(providers, { type: "disjunction" }) : t("anotherService"),
                link: (chunks) => <Link href="/reset-password">{chunks}</Link>,
              })}
            </p>
          )}
        </TitledSection>

        <TitledSection className="account-section" id="digest" title={t("digest")}>
          {mailConfigured() ? <EmailDigestForm initial={account.emailDigest} /> : <p>{t("digestUnavailable")}</p>}
        </TitledSection>

        <TitledSection className="account-section" id="words" title={w("heading")}>
          <p>{w("body")}</p>
          <MyWords initial={account.words.items} initialNext={account.words.next} />
          {account.words.items.length > 0 && <DownloadButton href="/api/words/export.csv">{w("export")}</DownloadButton>}
        </TitledSection>

        <TitledSection className="account-section" id="export" title={t("yourData")}>
          <p>{t("yourDataBody")}</p>
          <DownloadButton href="/api/account/export">{t("download")}</DownloadButton>
        </TitledSection>

        <TitledSection className="account-section account-danger" id="delete" title={t("deleteHeading")}>
          <p>{t("deleteBody")}</p>
          <ul className="account-delete-effects">
            <li>{t.rich("deleteRemoved", { strong })}</li>
            <li>{t.rich("deleteKept", { strong })}</li>
          </ul>
          <p>
            {t.rich("deleteExportFirst", {
              link: (chunks) => (
                <a href="/api/account/export" download>
                  {chunks}
                </a>
              ),
            })}
          </p>
          <DeleteAccountForm email={account.email} />
        </TitledSection>
      </div>
    </ClientMessages>
  );
}
