"use client";
/**
 * Sign-in with e-mail and password (next-auth's credentials provider), plus GitHub and Google
 * when the server has them configured.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { CurrentPasswordField, EmailField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX, PASSWORD_MIN, signInSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { fieldErrorsOf, NO_ERRORS, type FormErrors } from "@/components/api-client";
import { localizeRefusal } from "@/components/api-errors";
import { decodeSignInRefusal } from "@/lib/errors/sign-in-refusal";

const FIELD_IDS = { email: "signin-email", password: "signin-password" };

interface SignInFormProps {
  callbackUrl: string;
  oauth: { github: boolean; google: boolean };
  /** A message from a redirect, e.g. a failed GitHub sign-in. */
  initialError?: string | null;
}

export function SignInForm({ callbackUrl, oauth, initialError = null }: SignInFormProps) {
  const t = useTranslations("Forms");
  const locale = useLocale();
  const router = useRouter();
  const [busy, setBusy] = useState<"credentials" | "github" | "google" | null>(null);
  const [errors, setErrors] = useState<FormErrors>({ fieldErrors: {}, formError: initialError });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const limits = { max: NAME_MAX, min: PASSWORD_MIN };
      const byField = { email: t("emailInvalid", limits), password: t("passwordInvalid", limits) };
      return setErrors(localizeErrors({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }, locale, byField));
    }

    setBusy("credentials");
    setErrors(NO_ERRORS);
    const result = await signIn("credentials", { ...parsed.data, redirect: false }).catch(() => undefined);
    if (!result) {
      setBusy(null);
      return setErrors({ fieldErrors: {}, formError: t("noConnection") });
    }
    if (!result.ok || result.error) {
      setBusy(null);
      // "CredentialsSignin" is next-auth's word for a wrong e-mail or password; any other error is a
      // refusal meant for people (throttling, database down) with its code, see server/auth/options.ts.
      const refusal = decodeSignInRefusal(result.error);
      return setErrors({
        fieldErrors: {},
        formError: refusal
          ? (localizeRefusal(refusal, {}).message ?? refusal.error)
          : !result.error || result.error === "CredentialsSignin"
            ? t("wrongCredentials")
            : result.error,
      });
    }
    await refreshSession(); // the header and the reader read the session from this store
    router.replace(callbackUrl);
    router.refresh();
  }

  function withProvider(provider: "github" | "google") {
    if (busy) return;
    setBusy(provider);
    signIn(provider, { callbackUrl }).catch(() => {
      setBusy(null);
      setErrors({ fieldErrors: {}, formError: t("noConnection") });
    });
  }

  return (
    <div className="auth-forms">
      <CheckedForm busy={busy === "credentials"} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
        <EmailField id={FIELD_IDS.email} label={t("email")} autoComplete="username" errors={errors.fieldErrors.email} />
        <CurrentPasswordField id={FIELD_IDS.password} name="password" label={t("password")} errors={errors.fieldErrors.password} />
        <SubmitButton busy={busy === "credentials"} busyLabel={t("signingIn")}>
          {t("signIn")}
        </SubmitButton>
        <p className="form-aside">
          <Link href="/reset-password">{t("forgotPassword")}</Link> · {t("noAccount")}{" "}
          <Link href={callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signUp")}</Link>
        </p>
      </CheckedForm>
      {(oauth.github || oauth.google) && (
        <div className="oauth-buttons" role="group" aria-label={t("otherWays")}>
          <p className="divider">{t("or")}</p>
          {oauth.github && (
            <SubmitButton
              type="button"
              className="button button-quiet"
              busy={busy === "github"}
              busyLabel={t("opening", { provider: "GitHub" })}
              onClick={() => withProvider("github")}
            >
              {t("continueWith", { provider: "GitHub" })}
            </SubmitButton>
          )}
          {oauth.google && (
            <SubmitButton
              type="button"
              className="button button-quiet"
              busy={busy === "google"}
              busyLabel={t("opening", { provider: "Google" })}
              onClick={() => withProvider("google")}
            >
              {t("continueWith", { provider: "Google" })}
            </SubmitButton>
          )}
        </div>
      )}
    </div>
  );
}
