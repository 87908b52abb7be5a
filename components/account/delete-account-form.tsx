"use client";
/** Deletes the account once the user has typed its e-mail address, then signs out. */
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteAccountSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { NO_ERRORS, sendJson, fieldErrorsOf, type FormErrors } from "@/components/api-client";

const FIELD_IDS = { confirmEmail: "delete-confirm-email" };
/** The API's English for the same mismatch (delete-user.ts). */
const EMAIL_MISMATCH = "This is not your account's e-mail address. Type it exactly to confirm.";

export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const localize = (e: FormErrors) => localizeErrors(e, locale, { confirmEmail: t("confirmEmailInvalid") }, { [EMAIL_MISMATCH]: t("emailMismatch") });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: new FormData(event.currentTarget).get("confirmEmail") });
    if (!parsed.success) return setErrors(localize({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }));
    if (parsed.data.confirmEmail !== email) {
      return setErrors({ fieldErrors: { confirmEmail: [t("emailMismatch")] }, formError: null });
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson("/api/account", "DELETE", parsed.data, t);
    if (!result.ok) {
      setBusy(false);
      return setErrors(localize(result.errors));
    }
    // The account is gone, so the session is already void on the server; this clears the cookie.
    await signOut({ callbackUrl: "/" }).catch(() => {
      router.push("/");
      router.refresh();
    });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={t("checkTheForm")} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField
        id={FIELD_IDS.confirmEmail}
        name="confirmEmail"
        type="email"
        label={t.rich("confirmEmail", { email, strong: (chunks) => <strong>{chunks}</strong> })}
        autoComplete="off"
        required
        errors={errors.fieldErrors.confirmEmail}
      />
      <SubmitButton className="button button-danger" busy={busy} busyLabel={t("deletingAccount")}>
        {t("deleteAccount")}
      </SubmitButton>
    </form>
  );
}
