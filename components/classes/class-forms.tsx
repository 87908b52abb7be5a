"use client";
/** /classes: create a class (you teach it) and join one by its code. Messages: the "ClassForms" namespace. */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { sendJson, type SendResult } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";

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

/** The API's refusal, already in the interface language (api-errors.ts), with its field messages when it has no general one. */
function otherwise(failed: { errors: { formError: string | null; fieldErrors: Record<string, string[] | undefined> } }): string {
  return failed.errors.formError ?? Object.values(failed.errors.fieldErrors).flat().join(" ");
}

/**
 * One field, its error and a submit button: the shape both forms share. The app's own pattern (as
 * in the account forms): no browser bubbles (noValidate; the server's answer is the check), the
 * invalid field red-bordered with aria-invalid, and its message under it, tied by `errorId`.
 */
function ClassForm(props: {
  label: string;
  errorId: string;
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
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.busy) props.onSubmit(); // Enter while saving sends nothing twice
      }}
    >
      <div className={props.error ? "field field-invalid" : "field"}>
        {props.children}
        {props.error && (
          <p className="field-error" role="alert" id={props.errorId}>
            {props.error}
          </p>
        )}
      </div>
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
    (failed) => (failed.code === "invalid_fields" && failed.errors.fieldErrors.name ? t("nameMissing") : otherwise(failed)),
  );
  return (
    <ClassForm
      label={t("createLabel")}
      errorId="class-name-error"
      error={error}
      busy={busy}
      submitLabel={t("createClass")}
      busyLabel={t("creating")}
      onSubmit={() => void submit({ name })}
    >
      <label htmlFor="class-name">{t("className")}</label>
      <input
        id="class-name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "class-name-error" : undefined}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={120}
        placeholder={t("classNamePlaceholder")}
      />
    </ClassForm>
  );
}

/** join_code_unknown, join_code_throttled… come localized from their codes; an empty field gets the form's own sentence. */
function joinError(t: T, failed: Extract<SendResult<unknown>, { ok: false }>): string {
  if (failed.code === "invalid_fields" && failed.errors.fieldErrors.code) return t("codeMissing");
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
      errorId="join-code-error"
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
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "join-code-hint join-code-error" : "join-code-hint"}
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
