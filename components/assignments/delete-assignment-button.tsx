"use client";
/** The teacher deletes an assignment (the notes written for it stay). Messages: the "Assignments" namespace. */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/components/api-client";

export function DeleteAssignmentButton({ assignmentId, classId }: { assignmentId: string; classId: string }) {
  const t = useTranslations("Assignments");
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <p>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(t("confirmDelete"))) return;
          setBusy(true);
          const result = await sendJson(`/api/assignments/${encodeURIComponent(assignmentId)}`, "DELETE", undefined, t);
          setBusy(false);
          if (result.ok) router.push(`/classes/${classId}`);
          else setError(result.status === 403 ? t("notTeacher") : (result.errors.formError ?? ""));
        }}
      >
        {t("delete")}
      </button>{" "}
      <span role="status" className="form-status">
        {error}
      </span>
    </p>
  );
}
