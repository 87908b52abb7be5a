"use client";
/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordResetRequestSchema } from "@/lib/validation/account";
import { NO_ERRORS, sendJson, zodFieldErrors, type FormErrors } from "./send-json";

const FIELD_IDS = { email: "reset-email" };

export function ResetRequestForm() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSent(null);
    const parsed = passwordResetRequestSchema.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (!parsed.success) return setErrors({ fieldErrors: zodFieldErrors(parsed.error), formError: null });
    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson<{ message: string; delivery: "email" | "log" }>("/api/password-reset", "POST", parsed.data);
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    setSent(result.data.message);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField id={FIELD_IDS.email} name="email" type="email" label="E-mail" autoComplete="email" inputMode="email" required errors={errors.fieldErrors.email} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send reset link
      </SubmitButton>
      <div role="status">{sent && <p className="notice">{sent}</p>}</div>
    </form>
  );
}
