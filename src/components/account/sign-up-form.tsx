"use client";
/** Sign-up: creates the account through /api/register, then signs in with the same e-mail and password. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { refreshSession } from "./session-store";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX, PASSWORD_MIN, registerSchema } from "@/lib/validation/account";
import { NO_ERRORS, sendJson, zodFieldErrors, type FormErrors } from "./send-json";

const FIELD_IDS = { name: "signup-name", email: "signup-email", password: "signup-password" };

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const parsed = registerSchema.safeParse({ name: form.get("name"), email: form.get("email"), password: form.get("password") });
    if (!parsed.success) return setErrors({ fieldErrors: zodFieldErrors(parsed.error), formError: null });

    setBusy(true);
    setErrors(NO_ERRORS);
    const created = await sendJson("/api/register", "POST", parsed.data);
    if (!created.ok) {
      setBusy(false);
      // 409: the address is taken; say so next to the e-mail field.
      if (created.status === 409) return setErrors({ fieldErrors: { email: [created.errors.formError ?? "This e-mail address is taken."] }, formError: null });
      return setErrors(created.errors);
    }
    const signedIn = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok) {
      setBusy(false);
      return setErrors({ fieldErrors: {}, formError: "Your account was created, but signing in did not work. Please sign in." });
    }
    await refreshSession(); // the header and the reader read the session from this store
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField id={FIELD_IDS.name} name="name" label="Name" hint="Shown to your classmates next to your notes." autoComplete="name" required maxLength={NAME_MAX} errors={errors.fieldErrors.name} />
      <FormField id={FIELD_IDS.email} name="email" type="email" label="E-mail" autoComplete="email" inputMode="email" required errors={errors.fieldErrors.email} />
      <FormField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        required
        errors={errors.fieldErrors.password}
      />
      <SubmitButton busy={busy} busyLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="form-aside">
        Already have an account? <Link href={callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </form>
  );
}
