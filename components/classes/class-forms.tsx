"use client";
/** /classes: create a class (you teach it) and join one by its code. Messages: the "ClassForms" namespace. */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { sendJson, type SendResult } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";
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

/** One field, its error and a submit button: the shape both forms share. */
function ClassForm(props: {
  label: string;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="form class-form"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.busy) props.onSubmit(); // Enter while saving sends nothing twice
      }}
    >
      <div className="field">{props.children}</div>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
      <SubmitButton busy={props.busy} busyLabel={props.busyLabel}>
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
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
    <ClassForm
      label={t("createLabel")}
      error={error}
      busy={busy}
      submitLabel={t("createClass")}
      busyLabel={t("creating")}
      onSubmit={() => void submit({ name })}
    >
      <label htmlFor="class-name">{t("className")}</label>
      <input
        id="class-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={120}
        placeholder={t("classNamePlaceholder")}
      />
    </ClassForm>
  );
}

function joinError(t: T, failed: Extract<SendResult<unknown>, { ok: false }>): string {
  if (failed.status === 404) return t("noSuchCode");
  if (failed.status === 429) return t("tooManyCodes", { minutes: JOIN_CODE_WINDOW_MINUTES });
  if (failed.status === 400 && failed.errors.fieldErrors.code) return t("codeMissing");
  return otherwise(failed);
}

/** `initialCode`: from an invite link (`/classes?code=…`). */
export function JoinClassForm({ initialCode = "" }: { initialCode?: string }) {
  const t = useTranslations("ClassForms");
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const { error, busy, submit } = useSubmit<{ classId: string }>(
    "/api/classes/join",
    (data) => router.push(`/classes/${data.classId}`),
    (failed) => joinError(t, failed),
  );
  return (
    <ClassForm
      label={t("joinLabel")}
      error={error}
      busy={busy}
      submitLabel={t("joinClass")}
      busyLabel={t("joining")}
      onSubmit={() => void submit({ code })}
    >
      <label htmlFor="join-code">{t("classCode")}</label>
      <p className="field-hint" id="join-code-hint">
        {t("classCodeHint")}
      </p>
      <input
        id="join-code"
        aria-describedby="join-code-hint"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
    </ClassForm>
  );
}
