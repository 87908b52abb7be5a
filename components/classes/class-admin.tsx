"use client";
/**
 * The class page's controls: rotate the join code, remove a member, revoke a link into the class (teacher), leave the class (member).
 * Messages: the "ClassAdmin" namespace.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson, type SendResult } from "@/components/api-client";

type T = ReturnType<typeof useTranslations<"ClassAdmin">>;

/** The API's refusal (class_teacher_only, last_teacher…), already in the interface language from its code (api-errors.ts). */
function failure(t: T, failed: Extract<SendResult<unknown>, { ok: false }>, fallback?: string): string {
  const said = failed.code ? failed.errors.formError : null;
  return said ?? fallback ?? failed.errors.formError ?? t("serverAnswered", { status: failed.status });
}

export function JoinCodeControl({ classId, initialCode }: { classId: string; initialCode: string }) {
  const t = useTranslations("ClassAdmin");
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <div className="join-code">
      <p>
        {t.rich("joinCode", {
          code,
          value: (chunks) => (
            <strong className="join-code-value" data-testid="join-code">
              {chunks}
            </strong>
          ),
        })}
      </p>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(t("confirmNewCode"))) return;
          setBusy(true);
          const result = await sendJson<{ joinCode: string }>(`/api/classes/${encodeURIComponent(classId)}/code`, "POST", {}, t);
          setBusy(false);
          if (result.ok) {
            setCode(result.data.joinCode);
            setMessage(t("newCodeMade"));
            router.refresh(); // the invite link and its QR code carry the code
          } else setMessage(failure(t, result, result.status === 0 ? undefined : t("codeNotChanged")));
        }}
      >
        {t("newCode")}
      </button>
      <span role="status" className="form-status">
        {message}
      </span>
    </div>
  );
}

/** A danger link-button that asks first, sends DELETE, and says in place why it did not work. */
function ConfirmedDelete({
  url,
  confirm,
  label,
  ariaLabel,
  failed,
  done,
}: {
  url: string;
  confirm: string;
  label: string;
  ariaLabel?: string;
  failed: (result: Extract<SendResult<unknown>, { ok: false }>) => string;
  done: () => void;
}) {
  const t = useTranslations("ClassAdmin");
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button danger"
        aria-label={ariaLabel}
        onClick={async () => {
          if (!window.confirm(confirm)) return;
          const result = await sendJson(url, "DELETE", {}, t);
          if (!result.ok) return setError(failed(result));
          done();
        }}
      >
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

export function RemoveMemberButton({
  classId,
  memberId,
  label,
  self,
}: {
  classId: string;
  memberId: string;
  label: string;
  self?: boolean;
}) {
  const t = useTranslations("ClassAdmin");
  const router = useRouter();
  return (
    <ConfirmedDelete
      url={`/api/classes/${encodeURIComponent(classId)}/members/${self ? "me" : encodeURIComponent(memberId)}`}
      confirm={self ? t("confirmLeave") : t("confirmRemove", { name: label })}
      label={self ? t("leave") : t("remove", { name: label })}
      failed={(result) => failure(t, result)}
      done={() => (self ? router.push("/classes") : router.refresh())}
    />
  );
}

/** Revoke any link into the class (teacher): it stops opening at once; the page's list is read again. */
export function RevokeClassLinkButton({ classId, shareId, label }: { classId: string; shareId: string; label: string }) {
  const t = useTranslations("ClassAdmin");
  const router = useRouter();
  return (
    <ConfirmedDelete
      url={`/api/classes/${encodeURIComponent(classId)}/shares/${encodeURIComponent(shareId)}`}
      confirm={t("confirmRevokeLink")}
      label={t("revokeLink")}
      ariaLabel={label}
      failed={(result) => failure(t, result, result.status === 0 ? undefined : t("linkNotRevoked"))}
      done={() => router.refresh()}
    />
  );
}
