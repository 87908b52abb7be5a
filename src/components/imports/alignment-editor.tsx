"use client";
/**
 * The alignment editor: one row per English sentence with the Chinese aligned to it. The owner
 * fixes what the automatic alignment got wrong (split a Chinese cell at the cursor, merge a row
 * with the next, shift a sentence up or down, edit either text), then saves the draft or publishes.
 */
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { callApi } from "@/components/annotations/api-client";
import { SubmitButton } from "@/components/ui/submit-button";
import { mergeWithNext, shiftDown, shiftUp, splitChinese, type EditorRow } from "./alignment-ops";
import "./imports.css";

interface Props {
  slug: string;
  title: string;
  visibility: "private" | "public";
  initialRows: EditorRow[];
}

export function AlignmentEditor({ slug, title, visibility, initialRows }: Props) {
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState<"draft" | "publish" | null>(null);
  const cursors = useRef(new Map<number, number>());

  const apply = (result: EditorRow[] | string, done: string) => {
    if (typeof result === "string") setMessage({ text: result, error: true });
    else {
      setRows(result);
      cursors.current.clear();
      setMessage({ text: done, error: false });
    }
  };
  const edit = (i: number, field: "en" | "zh", value: string) => setRows((list) => list.map((r, k) => (k === i ? { ...r, [field]: value } : r)));

  async function save(publish: boolean) {
    if (saving) return;
    const empty = rows.findIndex((r) => !r.en.trim());
    if (empty >= 0) {
      setMessage({ text: `Row ${empty + 1} has no English: merge it into a neighbour or type its text.`, error: true });
      return;
    }
    setSaving(publish ? "publish" : "draft");
    setMessage(null);
    const result = await callApi<{ url: string }>(`/api/documents/${encodeURIComponent(slug)}/alignment`, { method: "PUT", json: { rows, publish } });
    setSaving(null);
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    if (publish) router.push(result.data.url);
    else setMessage({ text: "Draft saved.", error: false });
  }

  const missing = rows.filter((r) => !r.zh.trim()).length;
  return (
    <div className="alignment-editor">
      <p className="alignment-summary">
        <strong>{rows.length}</strong> rows · {missing === 0 ? "every row has Chinese" : `${missing} without Chinese (marked)`} · publishing makes it readable by{" "}
        {visibility === "public" ? "everyone" : "you only"}.
      </p>
      <div className="alignment-rows" role="list" aria-label={`Alignment of ${title}`}>
        {rows.map((row, i) => {
          const n = i + 1;
          const newParagraph = i > 0 && rows[i - 1]!.paragraph !== row.paragraph;
          return (
            <div role="listitem" key={i} className={`alignment-row${newParagraph ? " new-paragraph" : ""}${row.zh.trim() ? "" : " no-chinese"}`} data-row={n}>
              <span className="row-number" aria-hidden="true">
                {n}
                {row.kind !== "sentence" && <small>{row.kind === "salutation" ? "salutation" : "sign-off"}</small>}
              </span>
              <textarea aria-label={`Row ${n} English`} lang="en" value={row.en} rows={Math.max(2, Math.ceil(row.en.length / 60))} onChange={(e) => edit(i, "en", e.target.value)} />
              <textarea
                aria-label={`Row ${n} Chinese`}
                lang="zh-Hant"
                value={row.zh}
                placeholder="no Chinese · 無譯文"
                rows={Math.max(2, Math.ceil(row.zh.length / 30))}
                onChange={(e) => edit(i, "zh", e.target.value)}
                onSelect={(e) => cursors.current.set(i, e.currentTarget.selectionStart)}
              />
              <span className="row-actions">
                <button type="button" className="button button-small button-quiet" aria-label={`Split row ${n} Chinese at the cursor`} title="Move the Chinese after the cursor (or the last sentence) to the next row" onClick={() => apply(splitChinese(rows, i, cursors.current.get(i)), `Row ${n}: Chinese split.`)}>
                  Split ⤓
                </button>
                <button type="button" className="button button-small button-quiet" aria-label={`Merge row ${n} with the next`} onClick={() => apply(mergeWithNext(rows, i), `Rows ${n} and ${n + 1} merged.`)}>
                  Merge ↧
                </button>
                <button type="button" className="button button-small button-quiet" aria-label={`Shift row ${n} first Chinese sentence up`} onClick={() => apply(shiftUp(rows, i), `Row ${n}: first sentence moved up.`)}>
                  ↑
                </button>
                <button type="button" className="button button-small button-quiet" aria-label={`Shift row ${n} last Chinese sentence down`} onClick={() => apply(shiftDown(rows, i), `Row ${n}: last sentence moved down.`)}>
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
        <SubmitButton type="button" className="button button-quiet" busy={saving === "draft"} busyLabel="Saving…" onClick={() => void save(false)}>
          Save draft
        </SubmitButton>
        <SubmitButton type="button" busy={saving === "publish"} busyLabel="Publishing…" onClick={() => void save(true)}>
          Publish
        </SubmitButton>
      </div>
    </div>
  );
}
