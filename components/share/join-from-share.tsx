"use client";
/** "Join this class" on a share link that invites to it: signed in, joins at once; signed out, signs in first and comes back. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { useState } from "react";
import { sendJson } from "@/components/api-client";

export function JoinFromShare({ token, className }: { token: string; className: string }) {
  const t = useTranslations("SharedNotes");
  const { status } = useSession();
  const [state, setState] = useState<{ busy: boolean; error: string | null; joined: { classId: string } | null }>({
    busy: false,
    error: null,
    joined: null,
  });
  if (state.joined)
    return (
      <p role="status">
        {t("joined", { className })} <Link href={`/classes/${state.joined.classId}`}>{t("goToClass")}</Link>
      </p>
    );
  if (status !== "authenticated")
    return (
      <Link className="button button-small" href={`/signin?callbackUrl=${encodeURIComponent(`/s/${token}`)}`}>
        {t("signInToJoin", { className })}
      </Link>
    );
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={state.busy}
        onClick={async () => {
          setState({ busy: true, error: null, joined: null });
          const result = await sendJson<{ classId: string }>("/api/shares/join", "POST", { token }, t);
          setState(
            result.ok ? { busy: false, error: null, joined: result.data } : { busy: false, error: result.errors.formError, joined: null },
          );
        }}
      >
        {t("join")}
      </button>
      {state.error && (
        <span className="field-error" role="alert">
          {state.error}
        </span>
      )}
    </>
  );
}
