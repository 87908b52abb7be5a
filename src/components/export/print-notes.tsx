"use client";
/**
 * For printing: after each paragraph, the notes on its sentences (quote, note, author, replies),
 * numbered like footnotes. Hidden on screen; the print stylesheet shows it.
 */
import { useSession } from "@/components/account/session-store";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { callApi } from "@/components/annotations/api-client";
import type { AnnotationView } from "@/lib/annotations/types";
import "./print.css";

export function PrintNotes({ documentSlug }: { documentSlug: string }) {
  const { status } = useSession();
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);
  const [slots, setSlots] = useState<{ paragraph: HTMLElement; slot: HTMLElement }[]>([]);

  useEffect(() => {
    const created = [...document.querySelectorAll<HTMLElement>("section.paragraph[data-paragraph]")].map((paragraph) => {
      const slot = document.createElement("div");
      slot.className = "print-notes";
      paragraph.append(slot);
      return { paragraph, slot };
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the slots live in the server-rendered DOM
    setSlots(created);
    return () => created.forEach(({ slot }) => slot.remove());
  }, []);

  useEffect(() => {
    if (status === "loading") return;
    let live = true;
    void callApi<{ annotations: AnnotationView[] }>(`/api/annotations?document=${encodeURIComponent(documentSlug)}`, { cache: "no-store" }).then((result) => {
      if (live && result.ok) setAnnotations(result.data.annotations.filter((a) => !a.hidden));
    });
    return () => {
      live = false;
    };
  }, [documentSlug, status]);

  let number = 0;
  return slots.map(({ paragraph, slot }, i) => {
    const ids = new Set([...paragraph.querySelectorAll<HTMLElement>("[data-pair]")].map((p) => p.dataset.pair));
    const notes = annotations.filter((a) => a.targets.some((t) => ids.has(t.segmentId)));
    if (notes.length === 0) return null;
    return createPortal(
      <ol start={number + 1} aria-label="Notes on this paragraph">
        {notes.map((a) => {
          number++;
          return (
            <li key={a.id}>
              “{a.targets.map((t) => t.selector.exact).join(" ↔ ")}”{a.orphan ? " (text changed)" : ""} — {a.author.name}
              {a.bodyText ? `: ${a.bodyText}` : ""}
              {a.replies.map((r) => (
                <div key={r.id}>
                  ↳ {r.author.name}: {r.bodyText}
                </div>
              ))}
            </li>
          );
        })}
      </ol>,
      slot,
      `print-notes-${i}`,
    );
  });
}
