"use client";
/** One reply in a thread; its author can edit or delete it. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LazyNoteEditor } from "@/components/notes/lazy-note-editor";
import type { ReplyView } from "@/lib/annotations/types";
import type { NoteDoc } from "@/lib/notes/note-types";
import { callApi } from "@/components/api-client";
import { NoteBody } from "./note-body";

interface Props {
  annotationId: string;
  reply: ReplyView;
  /** The class of the note replied to: its members can be @mentioned. */
  mentionClassId?: string | null;
  when: (iso: string) => string;
  onChanged: (reply: ReplyView) => void;
  onDeleted: (replyId: string) => void;
}

export function ReplyItem({ annotationId, reply: r, mentionClassId = null, when, onChanged, onDeleted }: Props) {
  const t = useTranslations("Notes");
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState<NoteDoc | null>((r.body as NoteDoc | null) ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/annotations/${encodeURIComponent(annotationId)}/replies/${encodeURIComponent(r.id)}`;

  async function save() {
    setBusy(true);
    const result = await callApi<ReplyView>(path, { method: "PATCH", json: { body } });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(false);
    onChanged(result.data);
  }

  async function remove() {
    if (!window.confirm(t("confirmDeleteReply"))) return;
    const result = await callApi(path, { method: "DELETE" });
    if (result.ok) onDeleted(r.id);
    else setError(result.error);
  }

  return (
    <li>
      <p className="note-meta">
        <span className="note-author">{r.mine ? t("you") : r.author.name}</span>
        {r.author.teacher && <span className="teacher-badge">{t("teacherBadge")}</span>} ·{" "}
        <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
      </p>
      {editing ? (
        <>
          <LazyNoteEditor
            label={t("editReply")}
            initialContent={body}
            onChange={setBody}
            autoFocus
            onSubmitShortcut={() => void save()}
            mentionClassId={mentionClassId}
          />
          <div className="composer-actions">
            <span className="spacer" />
            <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void save()}>
              {busy ? t("saving") : t("save")}
            </button>
          </div>
        </>
      ) : (
        <NoteBody body={r.body} text={r.bodyText} />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {r.mine && !editing && (
        <p className="note-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t("editReply")}>
            {t("edit")}
          </button>
          <button type="button" className="link-button danger" onClick={() => void remove()} aria-label={t("deleteReply")}>
            {t("delete")}
          </button>
        </p>
      )}
    </li>
  );
}
