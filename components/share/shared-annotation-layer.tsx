"use client";
/**
 * The read-only layer of a share link: paints exactly the shared notes over the text and lists
 * their threads, with the focused one open. No writing, no live updates, nothing of the visitor's.
 */
import { notesSlot, readerText, scrollToSentence } from "@/components/reader-contract";
import "../annotations/annotations.css";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { SharedAnnotation } from "@/server/data/shares/open-share";
import { NoteCard } from "../annotations/note-card";
import { clearHighlights, paintHighlights } from "../annotations/paint-highlights";

const noop = () => {};

export function SharedAnnotationLayer({ annotations, focus }: { annotations: SharedAnnotation[]; focus: string | null }) {
  const t = useTranslations("SharedNotes");
  const [activeId, setActiveId] = useState<string | null>(focus);
  const [open, setOpen] = useState(true);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the toggle's place exists only in the server-rendered DOM
    setSlot(notesSlot());
  }, []);

  useEffect(() => {
    const text = readerText();
    if (text) return paintHighlights(text, annotations, activeId).cancel;
  }, [annotations, activeId]);
  useEffect(() => () => clearHighlights(), []);
  useEffect(() => {
    if (focus) panel.current?.querySelector(`[data-annotation-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [focus]);

  const toggle =
    slot &&
    createPortal(
      <button type="button" className="pill notes-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("toggle")} <span className="notes-toggle-count">{annotations.length}</span>
      </button>,
      slot,
    );
  if (!open) return toggle;
  return (
    <aside className="side-panel notes-panel" aria-label={t("panel")} ref={panel}>
      {toggle}
      <header className="notes-panel-header">
        <h2>{t("heading", { count: annotations.length })}</h2>
        <button type="button" className="icon-button" aria-label={t("close")} onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      <div className="notes-list">
        {annotations.length === 0 ? (
          <p className="notes-empty">{t("empty")}</p>
        ) : (
          annotations.map((a) => (
            <NoteCard
              key={a.id}
              annotation={a}
              audienceBadge={
                a.audience === "class" && a.class
                  ? t("audienceClass", { name: a.class.name })
                  : a.audience === "author"
                    ? t("audienceAuthor")
                    : t("audiencePublic")
              }
              active={a.id === activeId}
              signedIn={false}
              onSelect={() => {
                setActiveId(a.id);
                const target = a.targets[0];
                if (target) scrollToSentence(target.segmentId);
              }}
              onChanged={noop}
              onDeleted={noop}
              onReload={noop}
              onTag={noop}
            />
          ))
        )}
      </div>
    </aside>
  );
}
