"use client";
/** Changes the name shown next to the user's notes, and in the header at once. */
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX, updateAccountSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { NO_ERRORS, sendJson, fieldErrorsOf, type FormErrors } from "@/components/api-client";

const FIELD_IDS = { name: "account-name" };

export function AccountNameForm({ initialName }: { initialName: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const router = useRouter();
  const { update } = useSession();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const localize = (e: FormErrors) => localizeErrors(e, locale, { name: t("nameInvalid", { max: NAME_MAX }) });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    const parsed = updateAccountSchema.safeParse({ name: new FormData(event.currentTarget).get("name") });
    if (!parsed.success) return setErrors(localize({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }));
    setBusy(true);
    setErrors(NO_ERRORS);
    const result = await sendJson<{ name: string }>("/api/account", "PATCH", parsed.data, t);
    setBusy(false);
    if (!result.ok) return setErrors(localize(result.errors));
    setSaved(t("savedName", { name: result.data.name }));
    // The session re-reads the name from the database (see refresh-session-token.ts).
    await update().catch(() => undefined);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={t("checkTheForm")} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={FIELD_IDS} />
      <FormField id={FIELD_IDS.name} name="name" label={t("name")} hint={t("nameHint")} defaultValue={initialName} autoComplete="name" required maxLength={NAME_MAX} errors={errors.fieldErrors.name} />
      <div className="form-actions">
        <SubmitButton busy={busy} busyLabel={t("saving")}>
          {t("saveName")}
        </SubmitButton>
        <p role="status" className="form-status">
          {saved}
        </p>
      </div>
    </form>
  );
}
