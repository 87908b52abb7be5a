"use client";
/**
 * Changes the password. The server signs out every session (sessionVersion), so this browser
 * signs in again straight away with the new password.
 */
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { CurrentPasswordField, PasswordField } from "@/components/ui/form-field";
import { SubmitWithStatus } from "@/components/ui/submit-button";
import { changePasswordSchema, isPasswordSameAsEmail, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { currentPassword: "current-password", newPassword: "new-password" };

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const [done, setDone] = useState<string | null>(null);
  const form = useFormSubmit((e) =>
    localizeErrors(e, locale, {
      currentPassword: t("currentPasswordInvalid"),
      newPassword: t("newPasswordInvalid", { min: PASSWORD_MIN, max: PASSWORD_MAX }),
    }),
  );
  const { busy, errors } = form;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    setDone(null);
    const formElement = event.currentTarget;
    const values = new FormData(formElement);
    const input = form.parse(changePasswordSchema, {
      currentPassword: values.get("currentPassword"),
      newPassword: values.get("newPassword"),
    });
    if (!input) return;
    if (isPasswordSameAsEmail(input.newPassword, email)) return form.refuse({ newPassword: [t("sameAsEmail")] });
    // wrong_current_password, password_not_set, sign_in_throttled… come localized from their codes.
    const changed = await form.send(() => sendJson("/api/account/password", "POST", input, t));
    if (changed === null) return;
    const signedIn = await signIn("credentials", { email, password: input.newPassword, redirect: false }).catch(() => undefined);
    await refreshSession(); // the new session replaces the one the password change ended
    form.done();
    formElement.reset();
    if (!signedIn?.ok) return form.refuse({}, t("passwordChangedNotSignedIn"));
    setDone(t("passwordChanged"));
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <CurrentPasswordField
        id={FIELD_IDS.currentPassword}
        name="currentPassword"
        label={t("currentPassword")}
        errors={errors.fieldErrors.currentPassword}
      />
      <PasswordField
        id={FIELD_IDS.newPassword}
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        errors={errors.fieldErrors.newPassword}
      />
      <SubmitWithStatus busy={busy} busyLabel={t("changingPassword")} status={done}>
        {t("changePassword")}
      </SubmitWithStatus>
    </CheckedForm>
  );
}
