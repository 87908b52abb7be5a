"use client";
/**
 * Changes the password. The server signs out every session (sessionVersion), so this browser
 * signs in again straight away with the new password.
 */
import { signIn } from "next-auth/react";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordSchema, isPasswordSameAsEmail, PASSWORD_MIN, SAME_AS_EMAIL_MESSAGE } from "@/lib/validation/account";
import { NO_ERRORS, sendJson, zodFieldErrors, type FormErrors } from "./send-json";

const FIELD_IDS = { currentPassword: "current-password", newPassword: "new-password" };

export function ChangePasswordForm({ email }: { email: string }) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = changePasswordSchema.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!parsed.success) return setErrors({ fieldErrors: zodFieldErrors(parsed.error), formError: null });
    if (isPasswordSameAsEmail(parsed.data.newPassword, email)) return setErrors({ fieldErrors: { newPassword: [SAME_AS_EMAIL_MESSAGE] }, formError: null });

    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson("/api/account/password", "POST", parsed.data);
    if (!result.ok) {
      setBusy(false);
      return setErrors(result.errors);
    }
    const signedIn = await signIn("credentials", { email, password: parsed.data.newPassword, redirect: false }).catch(() => undefined);
    await refreshSession(); // the new session replaces the one the password change ended
    setBusy(false);
    formElement.reset();
    if (!signedIn?.ok) return setErrors({ fieldErrors: {}, formError: "Your password was changed, but signing in again did not work. Sign in with your new password." });
    setDone("Your password was changed. Everywhere else you were signed in, you are now signed out.");
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField id={FIELD_IDS.currentPassword} name="currentPassword" type="password" label="Current password" autoComplete="current-password" required errors={errors.fieldErrors.currentPassword} />
      <FormField
        id={FIELD_IDS.newPassword}
        name="newPassword"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        required
        errors={errors.fieldErrors.newPassword}
      />
      <div className="form-actions">
        <SubmitButton busy={busy} busyLabel="Changing password…">
          Change password
        </SubmitButton>
        <p role="status" className="form-status">
          {done}
        </p>
      </div>
    </form>
  );
}
