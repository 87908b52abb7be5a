"use client";
/** Sign-up: creates the account through /api/register, then signs in with the same e-mail and password. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX, PASSWORD_MIN, registerSchema } from "@/lib/validation/account";
import { localizedFieldErrors } from "./localized-field-errors";
import { NO_ERRORS, sendJson, type FormErrors } from "@/components/api-client";

const FIELD_IDS = { name: "signup-name", email: "signup-email", password: "signup-password" };

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Forms");
  const locale = useLocale();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const parsed = registerSchema.safeParse({ name: form.get("name"), email: form.get("email"), password: form.get("password") });
    if (!parsed.success) return setErrors({ fieldErrors: localizedFieldErrors(parsed.error, t, locale), formError: null });

    setBusy(true);
    setErrors(NO_ERRORS);
    const created = await sendJson("/api/register", "POST", parsed.data, t);
    if (!created.ok) {
      setBusy(false);
      // 409: the address is taken; say so next to the e-mail field.
      if (created.status === 409) return setErrors({ fieldErrors: { email: [t("emailTaken")] }, formError: null });
      return setErrors(created.errors);
    }
    const signedIn = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok) {
      setBusy(false);
      return setErrors({ fieldErrors: {}, formError: t("createdNotSignedIn") });
    }
    await refreshSession(); // the header and the reader read the session from this store
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={t("checkTheForm")} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField id={FIELD_IDS.name} name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" required maxLength={NAME_MAX} errors={errors.fieldErrors.name} />
      <FormField id={FIELD_IDS.email} name="email" type="email" label={t("email")} autoComplete="email" inputMode="email" required errors={errors.fieldErrors.email} />
      <FormField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        required
        errors={errors.fieldErrors.password}
      />
      <SubmitButton busy={busy} busyLabel={t("creatingAccount")}>
        {t("createAccount")}
      </SubmitButton>
      <p className="form-aside">
        {t("haveAccount")} <Link href={callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signIn")}</Link>
      </p>
    </form>
  );
}
