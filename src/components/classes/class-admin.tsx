"use client";
/** The class page's controls: rotate the join code, remove a member (teacher), leave the class (member). */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";

export function JoinCodeControl({ classId, initialCode }: { classId: string; initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <div className="join-code">
      <p>
        Join code: <strong className="join-code-value" data-testid="join-code">{code}</strong>
      </p>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm("Make a new code? The old one stops working at once.")) return;
          setBusy(true);
          const result = await sendJson<{ joinCode: string }>(`/api/classes/${encodeURIComponent(classId)}/code`, "POST", {});
          setBusy(false);
          if (result.ok) {
            setCode(result.data.joinCode);
            setMessage("New code made; the old one no longer works.");
          } else setMessage(result.errors.formError ?? "The code could not be changed.");
        }}
      >
        New code
      </button>
      <span role="status" className="form-status">
        {message}
      </span>
    </div>
  );
}

export function RemoveMemberButton({ classId, memberId, label, self }: { classId: string; memberId: string; label: string; self?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button danger"
        onClick={async () => {
          if (!window.confirm(self ? "Leave this class? You can join again with its code." : `Remove ${label} from the class?`)) return;
          const result = await sendJson(`/api/classes/${encodeURIComponent(classId)}/members/${self ? "me" : encodeURIComponent(memberId)}`, "DELETE", {});
          if (!result.ok) return setError(result.errors.formError);
          if (self) router.push("/classes");
          else router.refresh();
        }}
      >
        {self ? "Leave class" : `Remove ${label}`}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
