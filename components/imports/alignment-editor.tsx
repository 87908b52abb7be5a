"use client";
/**
 * The alignment editor: one row per English sentence with the Chinese aligned to it. The owner
 * fixes what the automatic alignment got wrong (split a Chinese cell at the cursor, merge a row
 * with the next, shift a sentence up or down, edit either text), then saves the draft or publishes.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { callApi } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";
import { mergeWithNext, shiftDown, shiftUp, splitChinese, type AlignmentProblem, type EditorRow } from "./alignment-ops";
import "./imports.css";
import type { DocumentVisibility } from "@/lib/documents/types";

interface Props {
  slug: string;
  title: string;
  visibility: DocumentVisibility;
  initialRows: EditorRow[];
}

export function AlignmentEditor({ slug, title, visibility, initialRows }: Props) {
  const t = useTranslations("Align");
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState<"draft" | "publish" | null>(null);
  const cursors = useRef(new Map<number, number>());

  const apply = (result: EditorRow[] | AlignmentProblem, done: string) => {
    if (typeof result === "string") setMessage({ text: t(`errors.${result}`), error: true });
    else {
      setRows(result);
      cursors.current.clear();
      setMessage({ text: done, error: false });
    }
  };
  const edit = (i: number, field: "en" | "zh", value: string) =>
    setRows((list) => list.map((r, k) => (k === i ? { ...r, [field]: value } : r)));

  async function save(publish: boolean) {
    if (saving) return;
    const empty = rows.findIndex((r) => !r.en.trim());
    if (empty >= 0) {
      setMessage({ text: t("rowWithoutEnglish", { row: empty + 1 }), error: true });
      return;
    }
    setSaving(publish ? "publish" : "draft");
    setMessage(null);
    const result = await callApi<{ url: string }>(`/api/documents/${encodeURIComponent(slug)}/alignment`, {
      method: "PUT",
      json: { rows, publish },
    });
    setSaving(null);
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    if (publish) router.push(result.data.url);
    else setMessage({ text: t("draftSaved"), error: false });
  }

  const missing = rows.filter((r) => !r.zh.trim()).length;
  return (
    <div className="alignment-editor">
      <p className="alignment-summary">
        {t.rich("summary", {
          rows: rows.length,
          missing,
          readers: visibility === "public" ? t("readersEveryone") : visibility === "class" ? t("readersYourClass") : t("readersYouOnly"),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="alignment-rows" role="list" aria-label={t("alignmentOf", { title })}>
        {rows.map((row, i) => {
          const n = i + 1;
          const newParagraph = i > 0 && rows[i - 1]!.paragraph !== row.paragraph;
          return (
            <div
              role="listitem"
              key={i}
              className={`alignment-row${newParagraph ? " new-paragraph" : ""}${row.zh.trim() ? "" : " no-chinese"}`}
              data-row={n}
            >
              <span className="row-number" aria-hidden="true">
                {n}
                {row.kind !== "sentence" && <small>{row.kind === "salutation" ? t("salutation") : t("signOff")}</small>}
              </span>
              <textarea
                aria-label={t("rowEnglish", { row: n })}
                lang="en"
                value={row.en}
                rows={Math.max(2, Math.ceil(row.en.length / 60))}
                onChange={(e) => edit(i, "en", e.target.value)}
              />
              <textarea
                aria-label={t("rowChinese", { row: n })}
                lang="zh-Hant"
                value={row.zh}
                placeholder={t("noChinese")}
                rows={Math.max(2, Math.ceil(row.zh.length / 30))}
                onChange={(e) => edit(i, "zh", e.target.value)}
                onSelect={(e) => cursors.current.set(i, e.currentTarget.selectionStart)}
              />
              <span className="row-actions">
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t("splitLabel", { row: n })}
                  title={t("splitTitle")}
                  onClick={() => apply(splitChinese(rows, i, cursors.current.get(i)), t("splitDone", { row: n }))}
                >
                  {t("split")}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t("mergeLabel", { row: n })}
                  onClick={() => apply(mergeWithNext(rows, i), t("mergeDone", { row: n, next: n + 1 }))}
                >
                  {t("merge")}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t("shiftUpLabel", { row: n })}
                  onClick={() => apply(shiftUp(rows, i), t("shiftUpDone", { row: n }))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t("shiftDownLabel", { row: n })}
                  onClick={() => apply(shiftDown(rows, i), t("shiftDownDone", { row: n }))}
                >
                  ↓
                </button>
              </span>
            </div>
          );
        })}
      </div>
      <div className="alignment-actions">
        <p className={message?.error ? "form-error" : "status-line"} role={message?.error ? "alert" : "status"}>
          {message?.text ?? ""}
        </p>
        <SubmitButton
          type="button"
          className="button button-quiet"
          busy={saving === "draft"}
          busyLabel={t("saving")}
          onClick={() => void save(false)}
        >
          {t("saveDraft")}
        </SubmitButton>
        <SubmitButton type="button" busy={saving === "publish"} busyLabel={t("publishing")} onClick={() => void save(true)}>
          {t("publish")}
        </SubmitButton>
      </div>
    </div>
  );
}
