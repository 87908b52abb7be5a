"use client";
/**
 * Changes the password. The server signs out every session (sessionVersion), so this browser
 * signs in again straight away with the new password.
 */
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordSchema, isPasswordSameAsEmail, PASSWORD_MAX, PASSWORD_MIN, SAME_AS_EMAIL_MESSAGE } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { NO_ERRORS, sendJson, fieldErrorsOf, type FormErrors } from "@/components/api-client";

const FIELD_IDS = { currentPassword: "current-password", newPassword: "new-password" };

/** The English of change-password.ts (the API's answers), which the form says in the interface language. */
const WRONG_CURRENT_PASSWORD = "This is not your current password.";
const NO_PASSWORD_YET = "Your account signs in with GitHub or Google and has no password yet. Use “Forgot your password?” on the sign-in page to set one.";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const localize = (e: FormErrors) =>
    localizeErrors(
      e,
      locale,
      { currentPassword: t("currentPasswordInvalid"), newPassword: t("newPasswordInvalid", { min: PASSWORD_MIN, max: PASSWORD_MAX }) },
      { [SAME_AS_EMAIL_MESSAGE]: t("sameAsEmail"), [WRONG_CURRENT_PASSWORD]: t("wrongCurrentPassword"), [NO_PASSWORD_YET]: t("noPasswordYet") },
    );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = changePasswordSchema.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!parsed.success) return setErrors(localize({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }));
    if (isPasswordSameAsEmail(parsed.data.newPassword, email)) return setErrors(localize({ fieldErrors: { newPassword: [SAME_AS_EMAIL_MESSAGE] }, formError: null }));

    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson("/api/account/password", "POST", parsed.data, t);
    if (!result.ok) {
      setBusy(false);
      // 429: too many wrong current passwords; the API's sentence says how long to wait, in English.
      if (result.status === 429 && locale !== "en") return setErrors({ fieldErrors: {}, formError: t("tooManyAttempts") });
      return setErrors(localize(result.errors));
    }
    const signedIn = await signIn("credentials", { email, password: parsed.data.newPassword, redirect: false }).catch(() => undefined);
    await refreshSession(); // the new session replaces the one the password change ended
    setBusy(false);
    formElement.reset();
    if (!signedIn?.ok) return setErrors({ fieldErrors: {}, formError: t("passwordChangedNotSignedIn") });
    setDone(t("passwordChanged"));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={t("checkTheForm")} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField id={FIELD_IDS.currentPassword} name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={errors.fieldErrors.currentPassword} />
      <FormField
        id={FIELD_IDS.newPassword}
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        required
        errors={errors.fieldErrors.newPassword}
      />
      <div className="form-actions">
        <SubmitButton busy={busy} busyLabel={t("changingPassword")}>
          {t("changePassword")}
        </SubmitButton>
        <p role="status" className="form-status">
          {done}
        </p>
      </div>
    </form>
  );
}
