"use client";
/**
 * "Share this view": makes a read-only link to what the reader is looking at (the version and
 * layout chosen, the filters, the open thread, and either the notes shown now or a class's notes),
 * shows it to copy, and lists the reader's links on this text so they can be revoked. The reader's
 * own private notes go in only when ticked, under a warning; class notes reach only signed-in
 * members of their class, and the dialog says so. Only a class's teachers may let people join.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { NoteFilters } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { useMyClasses } from "@/components/classes/my-classes-context";
import { callApi } from "@/components/api-client";
import { fetchAllPages } from "@/components/fetch-all-pages";
import { isTeacher } from "@/lib/classes/roles";

interface ShareSummary {
  id: string;
  className: string | null;
  noteCount: number | null;
  createdAt: string;
  expiresAt: string | null;
  state: "active" | "expired" | "revoked" | "lapsed";
}

const EXPIRY_DAYS = [0, 1, 7, 30];

function currentChoice(name: string): string | undefined {
  return document.querySelector<HTMLInputElement>(`[data-reader-controls] input[name="${name}"]:checked`)?.value;
}

export function ShareView({
  documentSlug,
  notes,
  filters,
  focus,
}: {
  documentSlug: string;
  notes: AnnotationView[];
  filters: NoteFilters;
  focus: string | null;
}) {
  const t = useTranslations("Share");
  const format = useFormatter();
  const classes = useMyClasses();
  const [what, setWhat] = useState<string>("notes");
  const [allowJoin, setAllowJoin] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);
  const [expiryDays, setExpiryDays] = useState(0);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [shares, setShares] = useState<ShareSummary[]>([]);
  const classId = what.startsWith("class:") ? what.slice(6) : null;
  const teachesChosenClass = classes.some((c) => c.id === classId && isTeacher(c.role));
  const privateCount = notes.filter((a) => a.visibility === "private" && a.mine).length;
  const classNoteCount = notes.filter((a) => a.visibility === "class").length;
  // Nobody else's private note can be in this list (the API does not show them); filtered anyway.
  const noteIds = notes.filter((a) => a.visibility !== "private" || (a.mine && includePrivate)).map((a) => a.id);

  const loadShares = useCallback(async () => {
    const result = await fetchAllPages<ShareSummary>(`/api/shares?document=${encodeURIComponent(documentSlug)}`, "shares");
    if (result.ok) setShares(result.data);
  }, [documentSlug]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is fetched when the dialog opens
    void loadShares();
  }, [loadShares]);

  async function create() {
    const layout = currentChoice("layout");
    const versionId = currentChoice("version");
    const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
    const body = {
      document: documentSlug,
      ...(classId
        ? { classId, allowJoin: allowJoin && teachesChosenClass }
        : { annotationIds: noteIds, includePrivate: includePrivate && privateCount > 0 }),
      ...(versionId ? { versionId } : {}),
      ...(layout ? { layout } : {}),
      filters: activeFilters,
      ...(focus && (classId || noteIds.includes(focus)) ? { focus } : {}),
      ...(expiryDays ? { expiresAt: new Date(Date.now() + expiryDays * 86_400_000).toISOString() } : {}),
    };
    const result = await callApi<{ path: string }>("/api/shares", { method: "POST", json: body });
    if (result.ok) {
      // On the origin this page was opened at: the link works for whoever reached the app the same way.
      setUrl(new URL(result.data.path, window.location.origin).href);
      setMessage(t("created"));
      void loadShares();
    } else setMessage(t("notCreated", { error: result.error }));
  }

  async function revoke(id: string) {
    const result = await callApi(`/api/shares/${encodeURIComponent(id)}`, { method: "DELETE" });
    setMessage(result.ok ? t("revoked") : t("notRevoked", { error: result.error }));
    void loadShares();
  }

  return (
    <div className="share-view">
      <fieldset>
        <legend>{t("whatToShare")}</legend>
        <label>
          <input type="radio" name="share-what" checked={what === "notes"} onChange={() => setWhat("notes")} />{" "}
          {t("theNotesISee", { count: notes.length })}
        </label>
        {classes.map((c) => (
          <label key={c.id}>
            <input type="radio" name="share-what" checked={what === `class:${c.id}`} onChange={() => setWhat(`class:${c.id}`)} />{" "}
            {t("theNotesOf", { name: c.name })}
          </label>
        ))}
      </fieldset>
      {!classId && privateCount > 0 && (
        <div className="share-private">
          <label>
            <input
              type="checkbox"
              checked={includePrivate}
              onChange={(e) => setIncludePrivate(e.target.checked)}
              aria-describedby="share-private-warning"
            />{" "}
            {t("includePrivate", { count: privateCount })}
          </label>
          <p id="share-private-warning" className={includePrivate ? "share-warning" : "share-hint"}>
            {includePrivate ? t("privateWarning") : t("privateLeftOut", { count: privateCount })}
          </p>
        </div>
      )}
      {(classId || classNoteCount > 0) && <p className="share-hint">{t("classNotesForMembers")}</p>}
      {classId && teachesChosenClass && (
        <label>
          <input type="checkbox" checked={allowJoin} onChange={(e) => setAllowJoin(e.target.checked)} /> {t("allowJoin")}
        </label>
      )}
      <label>
        {t("expiresAfter")}{" "}
        <select value={expiryDays} onChange={(e) => setExpiryDays(Number(e.target.value))}>
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={days}>
              {days ? t("days", { count: days }) : t("never")}
            </option>
          ))}
        </select>
      </label>
      <p>
        <button type="button" className="button button-small" onClick={() => void create()} disabled={!classId && noteIds.length === 0}>
          {t("createLink")}
        </button>
      </p>
      {url && (
        <p className="share-url">
          <label>
            <span className="visually-hidden">{t("shareLink")}</span>
            <input readOnly value={url} aria-label={t("shareLink")} onFocus={(e) => e.target.select()} />
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              navigator.clipboard?.writeText(url).then(
                () => setMessage(t("copied")),
                () => setMessage(t("cannotCopy")),
              );
            }}
          >
            {t("copy")}
          </button>
        </p>
      )}
      <p role="status" className="share-message">
        {message}
      </p>
      {shares.length > 0 && (
        <>
          <h3>{t("yourLinks")}</h3>
          <ul className="share-list">
            {shares.map((s) => (
              <li key={s.id}>
                {s.className ? t("classLink", { name: s.className }) : t("noteCount", { count: s.noteCount ?? 0 })} ·{" "}
                {format.dateTime(new Date(s.createdAt), { dateStyle: "medium" })}
                {s.expiresAt && s.state === "active" && (
                  <> · {t("until", { date: format.dateTime(new Date(s.expiresAt), { dateStyle: "medium" }) })}</>
                )}{" "}
                ·{" "}
                {s.state === "active" ? (
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() => void revoke(s.id)}
                    aria-label={t("revokeLabel", {
                      date: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "medium" }),
                    })}
                  >
                    {t("revoke")}
                  </button>
                ) : (
                  <span className="badge">{t(`state.${s.state}`)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
