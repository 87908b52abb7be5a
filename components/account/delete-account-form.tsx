"use client";
/** Deletes the account once the user has typed its e-mail address, then signs out. */
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteAccountSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { confirmEmail: "delete-confirm-email" };

export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const router = useRouter();
  // The API's confirm_email_mismatch comes localized from its code (components/api-errors.ts).
  const form = useFormSubmit((e) => localizeErrors(e, locale, { confirmEmail: t("confirmEmailInvalid") }));
  const { busy, errors } = form;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    const input = form.parse(deleteAccountSchema, { confirmEmail: new FormData(event.currentTarget).get("confirmEmail") });
    if (!input) return;
    if (input.confirmEmail !== email) return form.refuse({ confirmEmail: [t("emailMismatch")] });
    if ((await form.send(() => sendJson("/api/account", "DELETE", input, t))) === null) return;
    // The account is gone, so the session is already void on the server; this clears the cookie.
    await signOut({ callbackUrl: "/" }).catch(() => {
      router.push("/");
      router.refresh();
    });
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
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
    </CheckedForm>
  );
}
