"use client";
/** Chooses a new password with a reset link's token, then sends the user to sign in with it. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordResetConfirmSchema, PASSWORD_MIN } from "@/lib/validation/account";
import { NO_ERRORS, sendJson, zodFieldErrors, type FormErrors } from "./send-json";

const FIELD_IDS = { password: "reset-new-password" };

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = passwordResetConfirmSchema.safeParse({ token, password: new FormData(event.currentTarget).get("password") });
    if (!parsed.success) return setErrors({ fieldErrors: zodFieldErrors(parsed.error), formError: null });
    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson("/api/password-reset/confirm", "POST", parsed.data);
    if (!result.ok) {
      setBusy(false);
      return setErrors(result.errors);
    }
    router.push("/signin?reset=done");
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        required
        errors={errors.fieldErrors.password}
      />
      <SubmitButton busy={busy} busyLabel="Saving your new password…">
        Set new password
      </SubmitButton>
      {errors.formError && (
        <p className="form-aside">
          <Link href="/reset-password">Ask for a new reset link</Link>
        </p>
      )}
    </form>
  );
}
