import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { SignUpForm } from "@/components/account/sign-up-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { isDatabaseUnavailable } from "@/server/http/database-errors";

export const metadata: Metadata = { title: "Sign up" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
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
      <h1>Create your account</h1>
      <p className="lede">An account keeps your highlights and notes, and lets you discuss the text with your class.</p>
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  );
}
