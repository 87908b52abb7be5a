"use client";
/**
 * The read-only layer of a share link: paints exactly the shared notes over the text and lists
 * their threads, with the focused one open. No writing, no live updates, nothing of the visitor's.
 */
import "../annotations/annotations.css";
import { useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { NoteCard } from "../annotations/note-card";
import { clearHighlights, paintHighlights } from "../annotations/paint-highlights";

const noop = () => {};

export function SharedAnnotationLayer({ annotations, focus }: { annotations: AnnotationView[]; focus: string | null }) {
  const [activeId, setActiveId] = useState<string | null>(focus);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const text = document.querySelector<HTMLElement>("[data-reader-text]");
    if (text) paintHighlights(text, annotations, activeId);
  }, [annotations, activeId]);
  useEffect(() => () => clearHighlights(), []);
  useEffect(() => {
    if (focus) panel.current?.querySelector(`[data-annotation-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [focus]);

  return (
    <aside className="notes-panel" aria-label="Shared notes" ref={panel}>
      <header className="notes-panel-header">
        <h2>Shared notes ({annotations.length})</h2>
      </header>
      <div className="notes-list">
        {annotations.length === 0 ? (
          <p className="notes-empty">No notes are shared in this view any more.</p>
        ) : (
          annotations.map((a) => (
            <NoteCard
              key={a.id}
              annotation={a}
              active={a.id === activeId}
              signedIn={false}
              onSelect={() => {
                setActiveId(a.id);
                const target = a.targets[0];
                if (target) document.querySelector(`[data-pair="${CSS.escape(target.segmentId)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
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
