import type { Metadata } from "next";
import { ResetRequestForm } from "@/components/account/reset-request-form";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ResetPasswordRequestPage({ params }: { params: Promise<{ locale: string }> }) {
  await routeLocale(params);
  return (
    <div className="page auth-page">
      <h1>Reset your password</h1>
      <p className="lede">Enter the e-mail address of your account. We will send you a link to choose a new password; it works for one hour.</p>
      <ResetRequestForm />
    </div>
  );
}
