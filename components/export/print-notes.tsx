"use client";
/**
 * For printing: after each paragraph, the notes on its sentences (quote, note, author, replies),
 * numbered like footnotes. Hidden on screen; the print stylesheet shows it.
 *
 * Drawn from the annotation layer's list only while printing: sorting thousands of notes into
 * paragraphs on every change would cost the reader on screen for nothing.
 */
import { PAIR } from "@/components/reader-contract";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import type { AnnotationView } from "@/lib/annotations/types";

function usePrinting(): boolean {
  // This code loads once there are notes: printing may have begun by then (no event will come).
  const [printing, setPrinting] = useState(() => typeof window !== "undefined" && window.matchMedia("print").matches);
  useEffect(() => {
    const print = window.matchMedia("print");
    // The print layout is taken right after beforeprint: draw the notes synchronously before it.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    print.addEventListener("change", onMedia);
    // Printing may have begun between the first render and now, when no listener was there to hear it.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the print media is outside React, and its change may have come first
    if (print.matches) setPrinting(true);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      print.removeEventListener("change", onMedia);
    };
  }, []);
  return printing;
}

export function PrintNotes({ annotations: all }: { annotations: AnnotationView[] }) {
  const t = useTranslations("PrintNotes");
  const printing = usePrinting();
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

  if (!printing) return null;
  const annotations = all.filter((a) => !a.hidden);
  let number = 0;
  return slots.map(({ paragraph, slot }, i) => {
    const ids = new Set([...paragraph.querySelectorAll<HTMLElement>(PAIR)].map((p) => p.dataset.pair));
    const notes = annotations.filter((a) => a.targets.some((target) => ids.has(target.segmentId)));
    if (notes.length === 0) return null;
    return createPortal(
      <ol start={number + 1} aria-label={t("notesOnParagraph")}>
        {notes.map((a) => {
          number++;
          return (
            <li key={a.id}>
              “{a.targets.map((target) => target.selector.exact).join(" ↔ ")}”{a.orphan ? t("textChanged") : ""} — {a.author.name}
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
