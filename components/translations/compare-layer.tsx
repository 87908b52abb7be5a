"use client";
/**
 * Opens the compare panel. On the reader it puts a "Compare" button into each sentence's margin
 * (portals into the server-rendered `[data-margin]` cells, beside the notes buttons). On any page,
 * a button with `data-open-compare="{segmentId}"` opens the panel for that sentence, and so does
 * C on a focused sentence (the openCompare event). Closing gives focus back to what opened it.
 */
import { useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { ENGLISH_SENTENCE, margins as findMargins, openCompare, pairOf, rowNumber } from "@/components/reader-contract";
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

export function CompareLayer({ margins: useMargins = true }: { margins?: boolean }) {
  const t = useTranslations("Compare");
  const { status } = useSession();
  const [open, setOpen] = useState<Open | null>(null);
  const [margins, setMargins] = useState<HTMLElement[]>([]);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- portal targets exist only in the server-rendered DOM
    if (useMargins) setMargins(findMargins());
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
  }, [useMargins, t]);

  const close = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);

  return (
    <>
      {margins.map((margin) => {
        // Each button names its sentence: a screen reader's list of buttons tells them apart.
        const number = rowNumber(margin);
        const label = number ? t("compareSentenceNumber", { number }) : t("compareSentence");
        return createPortal(
          <button type="button" className="margin-compare" data-open-compare={margin.dataset.margin} aria-label={label} title={label}>
            ⇄
          </button>,
          margin,
          `compare-${margin.dataset.margin}`,
        );
      })}
      <Suspense fallback={null}>
        {open && <ComparePanel key={open.segmentId} {...open} signedIn={status === "authenticated"} onClose={close} />}
      </Suspense>
    </>
  );
}
