"use client";
/**
 * The teacher's invite: the link that opens the join form with the class code filled in, a button
 * that copies it, and its QR code (drawn on the server) for a projector or a printed sheet.
 * Messages: the "ClassAdmin" namespace.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";

export function InviteLink({ url, qr }: { url: string; qr: string }) {
  const t = useTranslations("ClassAdmin");
  const [message, setMessage] = useState("");
  return (
    <div className="invite-link">
      <label htmlFor="invite-url">{t("inviteLink")}</label>
      <div className="invite-link-row">
        <input id="invite-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button button-small"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setMessage(t("copied"));
            } catch {
              setMessage(t("copyFailed"));
            }
          }}
        >
          {t("copy")}
        </button>
        <span role="status" className="form-status">
          {message}
        </span>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server; nothing to optimise */}
      <img className="invite-qr" src={qr} alt={t("qrAlt")} width={160} height={160} />
    </div>
  );
}
