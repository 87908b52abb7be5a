"use client";
/** The daily digest of unread notifications by e-mail: on or off, written in the language of this page. */
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/components/api-client";
import { SubmitWithStatus } from "@/components/ui/submit-button";

export function EmailDigestForm({ initial }: { initial: boolean }) {
  const t = useTranslations("AccountForms");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const emailDigest = new FormData(event.currentTarget).get("emailDigest") === "on";
    setBusy(true);
    setStatus(null);
    const result = await sendJson<{ emailDigest: boolean }>("/api/account/digest", "PATCH", { emailDigest, locale }, t);
    setBusy(false);
    setStatus(result.ok ? (result.data.emailDigest ? t("digestOn") : t("digestOff")) : (result.errors.formError ?? t("checkTheForm")));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="digest-form">
      <label>
        <input type="checkbox" name="emailDigest" defaultChecked={initial} aria-describedby="digest-hint" /> {t("digestLabel")}
      </label>
      <p id="digest-hint" className="field-hint">
        {t("digestHint")}
      </p>
      <SubmitWithStatus busy={busy} busyLabel={t("saving")} status={status}>
        {t("digestSave")}
      </SubmitWithStatus>
    </form>
  );
}
