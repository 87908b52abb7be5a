"use client";
/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { EmailField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordResetRequestSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { email: "reset-email" };

export function ResetRequestForm() {
  const t = useTranslations("ResetPasswordForms");
  const locale = useLocale();
  const form = useFormSubmit((e) => localizeErrors(e, locale, { email: t("emailInvalid") }));
  const { busy, errors } = form;
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    setSent(null);
    const input = form.parse(passwordResetRequestSchema, { email: new FormData(event.currentTarget).get("email") });
    if (!input) return;
    const answer = await form.send(() => sendJson<{ message: string; delivery: "email" | "log" }>("/api/password-reset", "POST", input, t));
    form.done();
    if (!answer) return;
    // The API's message is English; the delivery says which of its two sentences it is.
    setSent(locale === "en" ? answer.message : t(answer.delivery === "email" ? "sentEmail" : "sentLog"));
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
      <EmailField id={FIELD_IDS.email} label={t("email")} errors={errors.fieldErrors.email} />
      <SubmitButton busy={busy} busyLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
      <div role="status">{sent && <p className="notice">{sent}</p>}</div>
    </CheckedForm>
  );
}
