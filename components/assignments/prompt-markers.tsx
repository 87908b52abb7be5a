"use client";
/**
 * The prompts of the reader's class assignments, in the margins of their sentences: a marker that
 * opens to the question (and which assignment asks it, due when), and the sentence's notes, where
 * the answer is written. Only members of the class get any (GET /api/documents/{slug}/prompts).
 * Messages: the "Annotations" namespace.
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { fetchAllPages } from "@/components/fetch-all-pages";
import { margins } from "@/components/reader-contract";
import "./assignments.css";

interface Prompt {
  id: string;
  segmentId: string;
  text: string;
  assignment: { id: string; title: string; dueAt: string };
}

export function PromptMarkers({
  documentSlug,
  signedIn,
  onOpen,
}: {
  documentSlug: string;
  signedIn: boolean;
  onOpen: (segmentId: string) => void;
}) {
  const t = useTranslations("Annotations");
  const locale = useLocale();
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    void fetchAllPages<Prompt>(`/api/documents/${encodeURIComponent(documentSlug)}/prompts`, "prompts").then((result) => {
      if (live && result.ok) setPrompts(result.data);
    });
    return () => {
      live = false;
    };
  }, [documentSlug, signedIn]);
  if (prompts.length === 0) return null;
  const dateOf = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  // Portals into the few margins that hold a prompt, not into all of them.
  return margins().map((margin) => {
    const here = prompts.filter((p) => p.segmentId === margin.dataset.margin);
    if (here.length === 0) return null;
    return createPortal(
      here.map((p) => (
        <details
          key={p.id}
          className="prompt-marker"
          data-testid="prompt-marker"
          onToggle={(e) => e.currentTarget.open && onOpen(p.segmentId)}
        >
          <summary>{t("promptMarker")}</summary>
          <p>{p.text}</p>
          <p className="class-meta">{t("promptFrom", { title: p.assignment.title, date: dateOf(p.assignment.dueAt) })}</p>
        </details>
      )),
      margin,
      `prompts-${margin.dataset.margin}`,
    );
  });
}
