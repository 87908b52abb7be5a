"use client";
/** /classes: create a class (you teach it) and join one by its code. Messages: the "ClassForms" namespace. */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson, type SendResult } from "@/components/account/send-json";
import { JOIN_CODE_WINDOW_MINUTES } from "@/lib/class-join-window";

type T = ReturnType<typeof useTranslations<"ClassForms">>;

function useSubmit<T>(url: string, onDone: (data: T) => void, errorMessage: (failed: Extract<SendResult<T>, { ok: false }>) => string) {
  const t = useTranslations("ClassForms");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (body: unknown) => {
    setBusy(true);
    const result = await sendJson<T>(url, "POST", body, t);
    setBusy(false);
    if (result.ok) {
      setError(null);
      onDone(result.data);
    } else setError(errorMessage(result));
  };
  return { error, busy, submit };
}

/** The API's messages are English; the ones a reader can meet here are said again in the interface language. */
function otherwise(failed: { errors: { formError: string | null; fieldErrors: Record<string, string[] | undefined> } }): string {
  return failed.errors.formError ?? Object.values(failed.errors.fieldErrors).flat().join(" ");
}

export function CreateClassForm() {
  const t = useTranslations("ClassForms");
  const router = useRouter();
  const [name, setName] = useState("");
  const { error, busy, submit } = useSubmit<{ id: string }>(
    "/api/classes",
    (data) => router.push(`/classes/${data.id}`),
    (failed) => (failed.status === 400 && failed.errors.fieldErrors.name ? t("nameMissing") : otherwise(failed)),
  );
  return (
    <form
      className="form class-form"
      aria-label={t("createLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ name });
      }}
    >
      <div className="field">
        <label htmlFor="class-name">{t("className")}</label>
        <input id="class-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} placeholder={t("classNamePlaceholder")} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("creating") : t("createClass")}
      </button>
    </form>
  );
}

function joinError(t: T, failed: Extract<SendResult<unknown>, { ok: false }>): string {
  if (failed.status === 404) return t("noSuchCode");
  if (failed.status === 429) return t("tooManyCodes", { minutes: JOIN_CODE_WINDOW_MINUTES });
  if (failed.status === 400 && failed.errors.fieldErrors.code) return t("codeMissing");
  return otherwise(failed);
}

export function JoinClassForm() {
  const t = useTranslations("ClassForms");
  const router = useRouter();
  const [code, setCode] = useState("");
  const { error, busy, submit } = useSubmit<{ classId: string }>(
    "/api/classes/join",
    (data) => router.push(`/classes/${data.classId}`),
    (failed) => joinError(t, failed),
  );
  return (
    <form
      className="form class-form"
      aria-label={t("joinLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ code });
      }}
    >
      <div className="field">
        <label htmlFor="join-code">{t("classCode")}</label>
        <p className="field-hint" id="join-code-hint">
          {t("classCodeHint")}
        </p>
        <input id="join-code" aria-describedby="join-code-hint" value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("joining") : t("joinClass")}
      </button>
    </form>
  );
}
