"use client";
/**
 * Orphans: the reader's own notes whose words were edited away. They are never deleted or moved
 * silently; here their author sees the old quote and either re-attaches the note to words they
 * select in the text, or deletes it. Lists nothing (and renders nothing) when there are none.
 * It reads the annotation layer's list: the notes are fetched once per page, not once per panel.
 */
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { callApi } from "@/components/api-client";
import { targetFromSelection, type SentenceTarget } from "./dom-anchors";

export function OrphansPanel({ annotations, onDeleted }: { annotations: AnnotationView[]; onDeleted: (id: string) => void }) {
  const t = useTranslations("Orphans");
  const orphans = useMemo(() => annotations.filter((a) => a.mine && a.orphan), [annotations]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const lastSelection = useRef<SentenceTarget | null>(null);

  useEffect(() => {
    // Clicking a button can collapse the selection: remember the last words selected in the text.
    const remember = () => {
      const picked = targetFromSelection(document.getSelection());
      if (picked && "target" in picked) lastSelection.current = picked.target;
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, []);

  if (orphans.length === 0 && !message) return null;

  async function reattach(a: AnnotationView) {
    const target = lastSelection.current;
    if (!target) {
      setMessage({ text: t("selectFirst"), error: true });
      return;
    }
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(a.id)}/target`, {
      method: "PATCH",
      json: { target },
    });
    if (!result.ok) return setMessage({ text: result.error, error: true });
    // The highlight layer paints from its own copy of the notes: reload so it picks this one up.
    window.location.reload();
  }

  async function remove(a: AnnotationView) {
    const result = await callApi(`/api/annotations/${encodeURIComponent(a.id)}`, { method: "DELETE" });
    if (!result.ok) return setMessage({ text: result.error, error: true });
    onDeleted(a.id);
    setMessage({ text: t("deleted"), error: false });
  }

  return (
    <section className="orphans-panel" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">{t("heading", { count: orphans.length })}</h2>
      <p className="muted">{t("explanation")}</p>
      {message && (
        <p className={message.error ? "form-error" : "status-line"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <ul>
        {orphans.map((a) => (
          <li key={a.id} className="orphan-item">
            <blockquote lang={a.targets[0]?.language}>“{a.targets.map((target) => target.selector.exact).join(" ↔ ")}”</blockquote>
            {a.bodyText && <p>{a.bodyText}</p>}
            <span className="orphan-actions">
              <button
                type="button"
                className="button button-small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void reattach(a)}
              >
                {t("reattach")}
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => void remove(a)}>
                {t("delete")}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
