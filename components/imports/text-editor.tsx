"use client";
/**
 * Correcting a published document, sentence by sentence: each English sentence and its imported
 * translation can be edited and saved on its own. The server re-anchors the notes on it and says
 * how many followed their words and how many lost them (those appear under Orphans in the reader).
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";
import "./imports.css";

export interface TextEditorRow {
  segmentId: string;
  paragraph: number;
  en: string;
  zh: string;
  translationId: string | null;
  /** The reader's number for it (null: a salutation or sign-off). */
  number: number | null;
}

type Result = { reanchored: { exact: number; moved: number; fuzzy: number; orphaned: number } };

function Cell({ label, lang, initial, save }: { label: string; lang: string; initial: string; save: (text: string) => Promise<string> }) {
  const t = useTranslations("EditText");
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <div className="text-edit-cell">
      <textarea
        aria-label={label}
        lang={lang}
        value={text}
        rows={Math.max(2, Math.ceil(text.length / (lang === "en" ? 60 : 30)))}
        onChange={(e) => setText(e.target.value)}
      />
      {text !== saved && (
        <SubmitButton
          type="button"
          className="button button-small"
          busy={busy}
          busyLabel={t("saving")}
          aria-label={t("saveLabel", { label })}
          onClick={async () => {
            setBusy(true);
            const message = await save(text).catch((e: unknown) => `!${String(e)}`);
            setBusy(false);
            if (message.startsWith("!")) setStatus({ text: message.slice(1), error: true });
            else {
              setSaved(text.trim());
              setText(text.trim());
              setStatus({ text: message, error: false });
            }
          }}
        >
          {t("save")}
        </SubmitButton>
      )}
      {status && (
        <p className={status.error ? "form-error" : "status-line"} role={status.error ? "alert" : "status"}>
          {status.text}
        </p>
      )}
    </div>
  );
}

export function TextEditor({ slug, rows }: { slug: string; rows: TextEditorRow[] }) {
  const t = useTranslations("EditText");
  const describe = (result: Result): string => {
    const { exact, moved, fuzzy, orphaned } = result.reanchored;
    const kept = exact + moved + fuzzy;
    return kept + orphaned === 0 ? t("saved") : t("savedReanchored", { kept, orphaned });
  };
  async function send(path: string, text: string): Promise<string> {
    const result = await callApi<Result>(path, { method: "PATCH", json: { text } });
    return result.ok ? describe(result.data) : `!${result.error}`;
  }
  return (
    <div className="alignment-rows" role="list">
      {rows.map((row, i) => (
        <div
          role="listitem"
          key={row.segmentId}
          className={`text-edit-row${i > 0 && rows[i - 1]!.paragraph !== row.paragraph ? " new-paragraph" : ""}`}
        >
          <span className="row-number" aria-hidden="true">
            {row.number ?? ""}
          </span>
          <Cell
            label={t("sentenceEnglish", { number: row.number ?? i + 1 })}
            lang="en"
            initial={row.en}
            save={(text) => send(`/api/segments/${encodeURIComponent(row.segmentId)}`, text)}
          />
          {row.translationId ? (
            <Cell
              label={t("sentenceChinese", { number: row.number ?? i + 1 })}
              lang="zh-Hant"
              initial={row.zh}
              save={(text) =>
                send(`/api/documents/${encodeURIComponent(slug)}/translations/${encodeURIComponent(row.translationId!)}`, text)
              }
            />
          ) : (
            <p className="muted">{t("noChinese")}</p>
          )}
        </div>
      ))}
    </div>
  );
}
