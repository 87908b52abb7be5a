"use client";
/**
 * "Share this view": makes a read-only link to what the reader is looking at (the version and
 * layout chosen, the filters, the open thread, and either the notes shown now or a class's notes),
 * shows it to copy, and lists the reader's links on this text so they can be revoked.
 */
import { useCallback, useEffect, useState } from "react";
import type { NoteFilters } from "@/lib/annotations/filter-annotations";
import { useMyClasses } from "@/components/classes/my-classes-context";
import { callApi } from "../annotations/api-client";

interface ShareSummary {
  id: string;
  className: string | null;
  noteCount: number | null;
  createdAt: string;
  expiresAt: string | null;
  state: "active" | "expired" | "revoked";
}

const EXPIRY = [
  { label: "Never", days: 0 },
  { label: "1 day", days: 1 },
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
];

function currentChoice(name: string): string | undefined {
  return document.querySelector<HTMLInputElement>(`[data-reader-controls] input[name="${name}"]:checked`)?.value;
}

export function ShareView({ documentSlug, noteIds, filters, focus }: { documentSlug: string; noteIds: string[]; filters: NoteFilters; focus: string | null }) {
  const classes = useMyClasses();
  const [what, setWhat] = useState<string>("notes");
  const [allowJoin, setAllowJoin] = useState(false);
  const [expiryDays, setExpiryDays] = useState(0);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [shares, setShares] = useState<ShareSummary[]>([]);
  const classId = what.startsWith("class:") ? what.slice(6) : null;

  const loadShares = useCallback(async () => {
    const result = await callApi<{ shares: ShareSummary[] }>(`/api/shares?document=${encodeURIComponent(documentSlug)}`, { cache: "no-store" });
    if (result.ok) setShares(result.data.shares);
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
      ...(classId ? { classId, allowJoin } : { annotationIds: noteIds }),
      ...(versionId ? { versionId } : {}),
      ...(layout ? { layout } : {}),
      filters: activeFilters,
      ...(focus && (classId || noteIds.includes(focus)) ? { focus } : {}),
      ...(expiryDays ? { expiresAt: new Date(Date.now() + expiryDays * 86_400_000).toISOString() } : {}),
    };
    const result = await callApi<{ url: string }>("/api/shares", { method: "POST", json: body });
    if (result.ok) {
      setUrl(result.data.url);
      setMessage("Link created. Anyone with it can read this view, signed in or not.");
      void loadShares();
    } else setMessage(`The link was not created: ${result.error}`);
  }

  async function revoke(id: string) {
    const result = await callApi(`/api/shares/${encodeURIComponent(id)}`, { method: "DELETE" });
    setMessage(result.ok ? "Link revoked: it no longer opens." : `Not revoked: ${result.error}`);
    void loadShares();
  }

  return (
    <div className="share-view">
      <fieldset>
        <legend>What to share</legend>
        <label>
          <input type="radio" name="share-what" checked={what === "notes"} onChange={() => setWhat("notes")} /> The notes I see with these filters ({noteIds.length})
        </label>
        {classes.map((c) => (
          <label key={c.id}>
            <input type="radio" name="share-what" checked={what === `class:${c.id}`} onChange={() => setWhat(`class:${c.id}`)} /> The notes of {c.name}
          </label>
        ))}
      </fieldset>
      {classId && (
        <label>
          <input type="checkbox" checked={allowJoin} onChange={(e) => setAllowJoin(e.target.checked)} /> Let people who open it join the class
        </label>
      )}
      <label>
        Expires after{" "}
        <select value={expiryDays} onChange={(e) => setExpiryDays(Number(e.target.value))}>
          {EXPIRY.map((x) => (
            <option key={x.days} value={x.days}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <p>
        <button type="button" className="button button-small" onClick={() => void create()} disabled={!classId && noteIds.length === 0}>
          Create link
        </button>
      </p>
      {url && (
        <p className="share-url">
          <label>
            <span className="visually-hidden">Share link</span>
            <input readOnly value={url} aria-label="Share link" onFocus={(e) => e.target.select()} />
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              navigator.clipboard?.writeText(url).then(
                () => setMessage("Link copied."),
                () => setMessage("Copy it from the box: this browser does not allow copying here."),
              );
            }}
          >
            Copy
          </button>
        </p>
      )}
      <p role="status" className="share-message">
        {message}
      </p>
      {shares.length > 0 && (
        <>
          <h3>Your links on this text</h3>
          <ul className="share-list">
            {shares.map((s) => (
              <li key={s.id}>
                {s.className ? `Class ${s.className}` : `${s.noteCount ?? 0} notes`} · {new Date(s.createdAt).toLocaleDateString()}
                {s.expiresAt && s.state === "active" && <> · until {new Date(s.expiresAt).toLocaleDateString()}</>} ·{" "}
                {s.state === "active" ? (
                  <button type="button" className="link-button danger" onClick={() => void revoke(s.id)} aria-label={`Revoke link made ${new Date(s.createdAt).toLocaleString()}`}>
                    Revoke
                  </button>
                ) : (
                  <span className="badge">{s.state}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
