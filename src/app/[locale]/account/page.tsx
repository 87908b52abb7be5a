import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountNameForm } from "@/components/account/account-name-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAccount, type AccountSummary } from "@/server/data/users/get-account";
import { isDatabaseUnavailable } from "@/server/http/database-errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  await routeLocale(params);
  let account: AccountSummary | null = null;
  try {
    const user = await getCurrentUser();
    if (user) account = await getAccount({ userId: user.id });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  if (!account) redirect("/signin?callbackUrl=/account");

  return (
    <div className="page account-page">
      <h1>Your account</h1>
      <p className="lede">
        Signed in as <strong>{account.email}</strong>
        {account.linkedProviders.length > 0 && <> · also with {account.linkedProviders.map((p) => PROVIDER_NAMES[p] ?? p).join(" and ")}</>}.
      </p>

      <section className="account-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <AccountNameForm initialName={account.name} />
      </section>

      <section className="account-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        {account.hasPassword ? (
          <ChangePasswordForm email={account.email} />
        ) : (
          <p>
            You sign in with {account.linkedProviders.map((p) => PROVIDER_NAMES[p] ?? p).join(" or ") || "another service"} and have no password here. To
            add one, use <Link href="/reset-password">reset password</Link> with your e-mail address.
          </p>
        )}
      </section>

      <section className="account-section" aria-labelledby="export-heading">
        <h2 id="export-heading">Your data</h2>
        <p>One JSON file with your profile, every note and highlight you made (with where it sits in the text) and every reply you wrote.</p>
        <a className="button button-quiet" href="/api/account/export" download>
          Download everything I wrote
        </a>
      </section>

      <section className="account-section account-danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>This removes your account and everything you wrote, including notes shared with a class and your replies. It cannot be undone: download your data first if you want to keep it.</p>
        <DeleteAccountForm email={account.email} />
      </section>
    </div>
  );
}
