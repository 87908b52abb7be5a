"use client";
/**
 * A teacher's controls on one row of the members table: make a member a teacher (co-teacher) or a
 * student, and hand the class over (after a confirmation). The server keeps a class from losing
 * its last teacher and refuses students; its refusal is shown in place, in the interface language.
 * Messages: the "ClassAdmin" namespace.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/components/api-client";

export function MemberRoleActions({
  classId,
  memberId,
  name,
  role,
  self,
  canStepDown,
}: {
  classId: string;
  memberId: string;
  name: string;
  role: "teacher" | "student";
  /** The caller's own row: only "Make student" (stepping down), when another teacher remains. */
  self: boolean;
  canStepDown: boolean;
}) {
  const t = useTranslations("ClassAdmin");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/classes/${encodeURIComponent(classId)}/members/${encodeURIComponent(memberId)}`;

  async function send(url: string, method: "PATCH" | "POST", body: unknown) {
    setBusy(true);
    setError(null);
    const result = await sendJson(url, method, body, t);
    setBusy(false);
    if (!result.ok) return setError(result.errors.formError ?? t("serverAnswered", { status: result.status }));
    router.refresh();
  }

  if (self && (role !== "teacher" || !canStepDown)) return null;
  return (
    <span className="member-actions">
      {role === "student" ? (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          aria-label={t("makeTeacherLabel", { name })}
          onClick={() => send(base, "PATCH", { role: "teacher" })}
        >
          {t("makeTeacher")}
        </button>
      ) : (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          aria-label={self ? t("stepDownLabel") : t("makeStudentLabel", { name })}
          onClick={() => (!self || window.confirm(t("confirmStepDown"))) && send(base, "PATCH", { role: "student" })}
        >
          {t("makeStudent")}
        </button>
      )}
      {!self && (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          aria-label={t("handOverLabel", { name })}
          onClick={() => window.confirm(t("confirmHandOver", { name })) && send(`${base}/hand-over`, "POST", {})}
        >
          {t("handOver")}
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
