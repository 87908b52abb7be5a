"use client";
/**
 * Opens the compare panel. On any page, a button with `data-open-compare="{segmentId}"` opens the
 * panel for that sentence (the reader renders one, ⇄, in each sentence's margin:
 * components/reader/sentence-margin.ts), and so does C on a focused sentence (the openCompare
 * event). Closing gives focus back to what opened it.
 */
import { useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { ENGLISH_SENTENCE, openCompare, pairOf } from "@/components/reader-contract";
import "./compare-layer.css";

// The panel (its diff, forms and their validation) loads on the first click, not with the page.
// React.lazy, not next/dynamic: it renders only after a click, and next/dynamic's loader costs first-load bytes.
const ComparePanel = lazy(() => import("./compare-panel").then((m) => ({ default: m.ComparePanel })));

type Open = { segmentId: string; english: string; number: string };

function describeSegment(segmentId: string, t: ReturnType<typeof useTranslations<"Compare">>): Open {
  const pair = document.querySelector(pairOf(segmentId));
  const english =
    pair?.querySelector<HTMLElement>(ENGLISH_SENTENCE)?.textContent ??
    document.querySelector<HTMLElement>(`[data-english-of="${CSS.escape(segmentId)}"]`)?.textContent ??
    "";
  const n =
    pair?.querySelector(".number")?.textContent || document.querySelector(`[data-number-of="${CSS.escape(segmentId)}"]`)?.textContent;
  return { segmentId, english, number: n ? t("sentence", { number: n }) : t("thisSentence") };
}

export function CompareLayer() {
  const t = useTranslations("Compare");
  const { status } = useSession();
  const [open, setOpen] = useState<Open | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>("[data-open-compare]");
      if (!button) return;
      opener.current = button;
      setOpen(describeSegment(button.dataset.openCompare!, t));
    };
    const stopListening = openCompare.listen((segmentId) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(describeSegment(segmentId, t));
    });
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      stopListening();
    };
  }, [t]);

  const close = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);

  return (
    <Suspense fallback={null}>
      {open && <ComparePanel key={open.segmentId} {...open} signedIn={status === "authenticated"} onClose={close} />}
    </Suspense>
  );
}
