"use client";
/** Chooses a new password with a reset link's token, then sends the user to sign in with it. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { PasswordField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordResetConfirmSchema, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { password: "reset-new-password" };

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("ResetPasswordForms");
  const locale = useLocale();
  const router = useRouter();
  const form = useFormSubmit((e) =>
    localizeErrors(e, locale, { password: t("newPasswordInvalid", { min: PASSWORD_MIN, max: PASSWORD_MAX }), token: t("linkInvalid") }),
  );
  const { busy, errors } = form;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    const input = form.parse(passwordResetConfirmSchema, { token, password: new FormData(event.currentTarget).get("password") });
    if (!input) return;
    if ((await form.send(() => sendJson("/api/password-reset/confirm", "POST", input, t))) === null) return;
    router.push("/signin?reset=done");
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
      <PasswordField
        id={FIELD_IDS.password}
        name="password"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        errors={errors.fieldErrors.password}
      />
      <SubmitButton busy={busy} busyLabel={t("settingPassword")}>
        {t("setPassword")}
      </SubmitButton>
      {errors.formError && (
        <p className="form-aside">
          <Link href="/reset-password">{t("askAgain")}</Link>
        </p>
      )}
    </CheckedForm>
  );
}
