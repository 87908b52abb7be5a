"use client";
/** Changes the name shown next to the user's notes, and in the header at once. */
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { useState, type FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { NameField } from "@/components/ui/form-field";
import { SubmitWithStatus } from "@/components/ui/submit-button";
import { NAME_MAX, updateAccountSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { name: "account-name" };

export function AccountNameForm({ initialName }: { initialName: string }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const router = useRouter();
  const { update } = useSession();
  const form = useFormSubmit((e) => localizeErrors(e, locale, { name: t("nameInvalid", { max: NAME_MAX }) }));
  const { busy, errors } = form;
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    setSaved(null);
    const input = form.parse(updateAccountSchema, { name: new FormData(event.currentTarget).get("name") });
    if (!input) return;
    const account = await form.send(() => sendJson<{ name: string }>("/api/account", "PATCH", input, t));
    form.done();
    if (!account) return;
    setSaved(t("savedName", { name: account.name }));
    // The session re-reads the name from the database (see refresh-session-token.ts).
    await update().catch(() => undefined);
    router.refresh();
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
      <NameField id={FIELD_IDS.name} label={t("name")} hint={t("nameHint")} defaultValue={initialName} errors={errors.fieldErrors.name} />
      <SubmitWithStatus busy={busy} busyLabel={t("saving")} status={saved}>
        {t("saveName")}
      </SubmitWithStatus>
    </CheckedForm>
  );
}
