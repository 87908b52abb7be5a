"use client";
/** One annotation with its thread: the quote, the note, tags, replies; edit and delete for its author. */
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { LazyNoteEditor } from "@/components/notes/lazy-note-editor";
import { isFormerMember } from "@/lib/accounts/former-member";
import type { AnnotationView, ReplyView } from "@/lib/annotations/types";
import { isEmptyNote } from "@/lib/notes/note-text";
import type { NoteDoc } from "@/lib/notes/note-types";
import { useMyClasses } from "@/components/classes/my-classes-context";
import { callApi } from "@/components/api-client";
import { NoteBody } from "./note-body";
import { Quotes } from "./quote";
import { ReplyItem } from "./reply-item";

interface Props {
  annotation: AnnotationView;
  active: boolean;
  signedIn: boolean;
  onSelect: () => void;
  onChanged: (annotation: AnnotationView) => void;
  onDeleted: (id: string) => void;
  onReload: () => void;
  onTag: (tag: string) => void;
  /** Non-zero, and new on each request: open the reply form (R on a sentence). */
  replyRequest?: number;
  /** Who the note is for, said from the viewer's side; replaces the author's-side visibility badge (share links). */
  audienceBadge?: string;
  /** The number of the sentence it is on, when the list spans several ("12"). */
  sentence?: string | null;
  /** It arrived live with something new (a note, a reply) that the reader has not seen yet. */
  unseen?: boolean;
}

export function NoteCard({
  annotation: a,
  active,
  signedIn,
  onSelect,
  onChanged,
  onDeleted,
  onReload,
  onTag,
  replyRequest = 0,
  audienceBadge,
  sentence,
  unseen = false,
}: Props) {
  const t = useTranslations("Notes");
  const ta = useTranslations("Annotations");
  const format = useFormatter();
  const when = (iso: string): string => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  // Mentions are offered only under a class note, to the members of its class.
  const classOfNote = a.visibility === "class" ? (a.class?.id ?? null) : null;
  const [editing, setEditing] = useState(false);
  const [editBody, setEditBody] = useState<NoteDoc | null>(null);
  const [replying, setReplying] = useState(false);
  const [replyBody, setReplyBody] = useState<NoteDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const classes = useMyClasses();
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a request from the reader's R key
    if (replyRequest && signedIn) setReplying(true);
  }, [replyRequest, signedIn]);
  const teachesThisClass = a.visibility === "class" && classes.some((c) => c.id === a.class?.id && c.role === "teacher");

  async function saveEdit() {
    setBusy(true);
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(a.id)}`, {
      method: "PATCH",
      json: { version: a.version, body: editBody },
    });
    setBusy(false);
    if (result.ok) {
      setEditing(false);
      setError(null);
      onChanged(result.data);
    } else {
      setError(result.error);
      if (result.status === 409) onReload();
    }
  }

  async function setVisibility(visibility: "private" | "class" | "public", classId?: string) {
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(a.id)}`, {
      method: "PATCH",
      json: { version: a.version, visibility, classId },
    });
    if (result.ok) onChanged(result.data);
    else {
      setError(result.error);
      if (result.status === 409) onReload();
    }
  }

  async function setAnswered(answered: boolean) {
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(a.id)}/answered`, {
      method: "POST",
      json: { answered },
    });
    if (result.ok) onChanged(result.data);
    else setError(result.error);
  }

  async function setHidden(hidden: boolean) {
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(a.id)}/hide`, { method: "POST", json: { hidden } });
    if (result.ok) onChanged(result.data);
    else setError(result.error);
  }

  async function remove() {
    const result = await callApi(`/api/annotations/${encodeURIComponent(a.id)}`, { method: "DELETE" });
    if (result.ok) onDeleted(a.id);
    else setError(result.error);
  }

  async function sendReply() {
    if (!replyBody || isEmptyNote(replyBody)) return setError(t("replyFirst"));
    setBusy(true);
    const result = await callApi<ReplyView>(`/api/annotations/${encodeURIComponent(a.id)}/replies`, {
      method: "POST",
      json: { body: replyBody },
    });
    setBusy(false);
    if (result.ok) {
      setReplying(false);
      setReplyBody(null);
      setError(null);
      onChanged({ ...a, replies: [...a.replies, result.data] });
    } else setError(result.error);
  }

  // A note whose author deleted their account, kept for the others' replies (server/data/users/remove-written-work.ts).
  const removedWithAccount = isFormerMember(a.author);
  const authorName = removedWithAccount ? t("formerMember") : a.author.name;

  return (
    <article
      className={`note-card color-${a.color}`}
      data-annotation-id={a.id}
      data-active={active || undefined}
      data-unseen={unseen || undefined}
      aria-label={t("noteBy", { name: authorName })}
      tabIndex={-1}
    >
      <button type="button" className="note-card-quote" onClick={onSelect} aria-label={t("showInText")}>
        {sentence && <span className="note-sentence">{t("sentenceNumber", { number: sentence })}</span>}
        <Quotes targets={a.targets} />
      </button>
      <p className="note-meta">
        {unseen && <span className="note-new-badge">{t("newBadge")}</span>}
        <span className="note-author">{a.mine ? t("you") : authorName}</span>
        {a.author.teacher && <span className="teacher-badge">{t("teacherBadge")}</span>} ·{" "}
        <time dateTime={a.createdAt}>{when(a.createdAt)}</time> ·{" "}
        <span>{ta.has(`motivations.${a.motivation}`) ? ta(`motivations.${a.motivation}`) : a.motivation}</span>
        {audienceBadge !== undefined ? (
          <span className="badge">{audienceBadge}</span>
        ) : (
          <>
            {a.visibility === "private" && <span className="badge">{t("badgeOnlyYou")}</span>}
            {a.visibility === "class" && a.class && <span className="badge">{t("badgeClass", { name: a.class.name })}</span>}
          </>
        )}
        {a.motivation === "questioning" && a.answered && <span className="badge badge-answered">{t("badgeAnswered")}</span>}
        {a.hidden && <span className="badge badge-warning">{t("badgeHidden")}</span>}
        {a.orphan && <span className="badge badge-warning">{t("badgeOrphan")}</span>}
      </p>
      {editing ? (
        <div className="note-edit">
          <LazyNoteEditor
            label={t("editNote")}
            initialContent={(a.body as NoteDoc | null) ?? null}
            onChange={setEditBody}
            autoFocus
            onSubmitShortcut={() => void saveEdit()}
            mentionClassId={classOfNote}
          />
          <div className="composer-actions">
            <span className="spacer" />
            <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void saveEdit()}>
              {busy ? t("saving") : t("save")}
            </button>
          </div>
        </div>
      ) : removedWithAccount ? (
        <p className="note-removed">{t("removedWithAccount")}</p>
      ) : (
        <NoteBody body={a.body} text={a.bodyText} />
      )}
      {a.tags.length > 0 && (
        <p className="note-tags">
          {a.tags.map((tag) => (
            <button key={tag} type="button" className="pill tag" onClick={() => onTag(tag)} aria-label={t("showTagged", { tag })}>
              #{tag}
            </button>
          ))}
        </p>
      )}
      {a.replies.length > 0 && (
        <ol className="note-replies" aria-label={t("replies")}>
          {a.replies.map((r) => (
            <ReplyItem
              key={r.id}
              annotationId={a.id}
              reply={r}
              mentionClassId={classOfNote}
              when={when}
              onChanged={(reply) => onChanged({ ...a, replies: a.replies.map((x) => (x.id === reply.id ? reply : x)) })}
              onDeleted={(replyId) => onChanged({ ...a, replies: a.replies.filter((x) => x.id !== replyId) })}
            />
          ))}
        </ol>
      )}
      {replying && (
        <div className="note-reply-form">
          <LazyNoteEditor
            label={t("reply")}
            placeholder={t("replyPlaceholder")}
            onChange={setReplyBody}
            autoFocus
            onSubmitShortcut={() => void sendReply()}
            mentionClassId={classOfNote}
          />
          <div className="composer-actions">
            <span className="spacer" />
            <button type="button" className="button-secondary" onClick={() => setReplying(false)}>
              {t("cancel")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void sendReply()}>
              {busy ? t("sending") : t("reply")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {signedIn && !editing && !replying && (
        <p className="note-actions">
          <button type="button" className="link-button" onClick={() => setReplying(true)}>
            {t("reply")}
          </button>
          {a.mine && (
            <>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setEditBody((a.body as NoteDoc | null) ?? null);
                  setEditing(true);
                }}
              >
                {t("edit")}
              </button>
              <select
                className="note-audience"
                aria-label={t("whoCanSeeNote")}
                value={a.visibility === "class" ? `class:${a.class?.id ?? ""}` : a.visibility}
                onChange={(e) => {
                  const [visibility, classId] = e.target.value.split(":") as ["private" | "class" | "public", string | undefined];
                  void setVisibility(visibility, classId);
                }}
              >
                <option value="private">{t("onlyMe")}</option>
                {classes.map((c) => (
                  <option key={c.id} value={`class:${c.id}`}>
                    {t("myClass", { name: c.name })}
                  </option>
                ))}
                {a.visibility === "class" && a.class && !classes.some((c) => c.id === a.class?.id) && (
                  <option value={`class:${a.class.id}`}>{t("badgeClass", { name: a.class.name })}</option>
                )}
                <option value="public">{t("everyone")}</option>
              </select>
              <button type="button" className="link-button danger" onClick={() => void remove()}>
                {t("delete")}
              </button>
            </>
          )}
          {a.motivation === "questioning" && (a.mine || teachesThisClass) && (
            <button type="button" className="link-button" aria-pressed={a.answered} onClick={() => void setAnswered(!a.answered)}>
              {a.answered ? t("markUnanswered") : t("markAnswered")}
            </button>
          )}
          {teachesThisClass && (
            <button type="button" className="link-button" onClick={() => void setHidden(!a.hidden)}>
              {a.hidden ? t("showToClass") : t("hideFromClass")}
            </button>
          )}
        </p>
      )}
    </article>
  );
}
