"use client";
/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordResetRequestSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { NO_ERRORS, sendJson, fieldErrorsOf, type FormErrors } from "@/components/api-client";

const FIELD_IDS = { email: "reset-email" };

export function ResetRequestForm() {
  const t = useTranslations("ResetPasswordForms");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [sent, setSent] = useState<string | null>(null);
  const localize = (e: FormErrors) => localizeErrors(e, locale, { email: t("emailInvalid") });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSent(null);
    const parsed = passwordResetRequestSchema.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (!parsed.success) return setErrors(localize({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }));
    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson<{ message: string; delivery: "email" | "log" }>("/api/password-reset", "POST", parsed.data, t);
    setBusy(false);
    if (!result.ok) return setErrors(localize(result.errors));
    // The API's message is English; the delivery says which of its two sentences it is.
    setSent(locale === "en" ? result.data.message : t(result.data.delivery === "email" ? "sentEmail" : "sentLog"));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={t("checkTheForm")} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField id={FIELD_IDS.email} name="email" type="email" label={t("email")} autoComplete="email" inputMode="email" required errors={errors.fieldErrors.email} />
      <SubmitButton busy={busy} busyLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
      <div role="status">{sent && <p className="notice">{sent}</p>}</div>
    </form>
  );
}
