"use client";
/**
 * The import form: a title, the English and the Chinese text (pasted, or read from a .txt/.md file
 * in the browser), and who may read the result. Sending it segments and aligns the texts on the
 * server, which takes a moment for a long letter: the form shows that it is working, then opens
 * the alignment editor.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { callApi } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";
import { guessScript } from "@/lib/script/guess-script";
import { languageOfScript, type Script } from "@/lib/script/script";
import { MAX_IMPORT_TEXT, MAX_TITLE } from "@/lib/validation/document-import";
import { stripMarkdown } from "./plain-text";
import "./imports.css";
import { CheckedForm } from "@/components/ui/checked-form";
import { FormField } from "@/components/ui/form-field";

const FIELDS = ["title", "en", "zh"] as const;
type Field = (typeof FIELDS)[number];
const FIELD_IDS: Record<Field, string> = { title: "import-title", en: "import-en", zh: "import-zh" };

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(file, "utf-8");
  });
}

/** `taughtClasses`: the classes the importer teaches; a text may be made visible to one of them only. */
export function ImportForm({ taughtClasses = [] }: { taughtClasses?: { id: string; name: string }[] }) {
  const t = useTranslations("Import");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [en, setEn] = useState("");
  const [zh, setZh] = useState("");
  // "private", "public", or "class:<id>" for a class-only text.
  const [visibility, setVisibility] = useState<string>("private");
  // The script follows the pasted text (a quick guess, lib/script/guess-script.ts) until the importer picks one.
  const [pickedScript, setPickedScript] = useState<Script | null>(null);
  const script = pickedScript ?? guessScript(zh) ?? "hant";
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});

  async function upload(event: ChangeEvent<HTMLInputElement>, set: (text: string) => void) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!/\.(?:txt|md|markdown)$/i.test(file.name)) {
      setError(t("notTextFile", { name: file.name }));
      return;
    }
    try {
      const text = await readFile(file);
      set(/\.(?:md|markdown)$/i.test(file.name) ? stripMarkdown(text) : text);
      setError(null);
    } catch {
      setError(t("unreadable", { name: file.name }));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: Partial<Record<Field, string>> = {};
    if (!title.trim()) errors.title = t("titleRequired");
    if (!en.trim()) errors.en = t("englishRequired");
    if (!zh.trim()) errors.zh = t("chineseRequired");
    if (en.length > MAX_IMPORT_TEXT) errors.en = t("tooLong", { max: MAX_IMPORT_TEXT });
    if (zh.length > MAX_IMPORT_TEXT) errors.zh = t("tooLong", { max: MAX_IMPORT_TEXT });
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length) return;
    setBusy(true);
    setError(null);
    const result = await callApi<{ slug: string; alignUrl: string }>("/api/documents", {
      method: "POST",
      json: visibility.startsWith("class:")
        ? { title, en, zh, visibility: "class", classId: visibility.slice("class:".length), script }
        : { title, en, zh, visibility, script },
    });
    if (result.ok) {
      router.push(result.data.alignUrl);
      return;
    }
    setBusy(false);
    // The server's word on a field goes under that field; anything else above the form.
    const onFields = Object.fromEntries(
      FIELDS.filter((field) => result.fieldErrors[field]?.length).map((field) => [field, result.fieldErrors[field]!.join(" ")]),
    );
    setFieldErrors(onFields);
    setError(Object.keys(onFields).length ? null : result.error);
  }

  const textField = (id: Field & ("en" | "zh"), label: string, value: string, set: (v: string) => void, lang: string) => (
    <div className={`field${fieldErrors[id] ? " field-invalid" : ""}`}>
      <label htmlFor={`import-${id}`}>{label}</label>
      <textarea
        id={`import-${id}`}
        lang={lang}
        rows={10}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={fieldErrors[id] ? true : undefined}
        aria-describedby={`import-${id}-hint${fieldErrors[id] ? ` import-${id}-error` : ""}`}
      />
      <p id={`import-${id}-hint`} className="field-hint">
        {t.rich("textHint", {
          count: value.length,
          upload: (chunks) => (
            <label className="file-pick">
              {chunks}
              <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" onChange={(e) => void upload(e, set)} />
            </label>
          ),
        })}
      </p>
      {fieldErrors[id] && (
        <p id={`import-${id}-error`} className="field-error">
          {fieldErrors[id]}
        </p>
      )}
    </div>
  );

  return (
    <CheckedForm
      className="import-form"
      busy={busy}
      onSubmit={submit}
      errors={{
        formError: error,
        fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, [message]])),
      }}
      fieldIds={FIELD_IDS}
      summaryTitle={t("checkFields")}
    >
      <FormField
        id={FIELD_IDS.title}
        name="title"
        label={t("titleLabel")}
        value={title}
        maxLength={MAX_TITLE}
        onChange={(e) => setTitle(e.target.value)}
        errors={fieldErrors.title ? [fieldErrors.title] : undefined}
      />
      <div className="import-texts">
        {textField("en", t("englishText"), en, setEn, "en")}
        {textField("zh", t("chineseText"), zh, setZh, languageOfScript(script))}
      </div>
      <fieldset className="import-visibility" aria-describedby="import-script-hint">
        <legend>{t("scriptLegend")}</legend>
        {(["hant", "hans"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="script" value={value} checked={script === value} onChange={() => setPickedScript(value)} />{" "}
            <span lang={languageOfScript(value)}>{t(value === "hant" ? "scriptTraditional" : "scriptSimplified")}</span>
          </label>
        ))}
        <p id="import-script-hint" className="field-hint">
          {t("scriptDetected")}
        </p>
      </fieldset>
      <fieldset className="import-visibility">
        <legend>{t("whoMayRead")}</legend>
        <label>
          <input
            type="radio"
            name="visibility"
            value="private"
            checked={visibility === "private"}
            onChange={() => setVisibility("private")}
          />{" "}
          {t("onlyMe")}
        </label>
        <label>
          <input type="radio" name="visibility" value="public" checked={visibility === "public"} onChange={() => setVisibility("public")} />{" "}
          {t("everyone")}
        </label>
        {taughtClasses.map((c) => (
          <label key={c.id}>
            <input
              type="radio"
              name="visibility"
              value={`class:${c.id}`}
              checked={visibility === `class:${c.id}`}
              onChange={() => setVisibility(`class:${c.id}`)}
            />{" "}
            {t("classOption", { name: c.name })}
          </label>
        ))}
      </fieldset>
      <SubmitButton busy={busy} busyLabel={t("aligning")}>
        {t("align")}
      </SubmitButton>
      {busy && (
        <div className="import-progress" role="status">
          <progress aria-label={t("progressLabel")} />
          <span>{t("progress")}</span>
        </div>
      )}
    </CheckedForm>
  );
}
