"use client";
/** Floats by a text selection: highlight in a colour, write a note, or pair with the other language. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useLayoutEffect, useRef, useState } from "react";
import { pairOf, SENTENCE } from "@/components/reader-contract";
import { placeToolbar, type Box } from "./toolbar-placement";
import { ColorSwatches, type HighlightColor } from "./color-swatches";
import type { SentenceTarget } from "./dom-anchors";

interface Props {
  rect: DOMRect;
  target: SentenceTarget | null;
  error: string | null;
  signedIn: boolean;
  pairingWith: SentenceTarget | null;
  /** The concordance page for the selected words, or null when the selection is not a short term. */
  concordanceHref: string | null;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onStartPair: () => void;
  onCompletePair: () => void;
  onCancelPair: () => void;
}

const keepSelection = (event: React.MouseEvent) => event.preventDefault();

/** The box around the selected sentence and its counterpart on screen (the pair's visible sentences). */
function pairBox(segmentId: string | undefined, fallback: Box): Box {
  const pair = segmentId ? document.querySelector(pairOf(segmentId)) : null;
  const rects = [...(pair?.querySelectorAll<HTMLElement>(SENTENCE) ?? [])]
    .filter((s) => s.offsetParent !== null)
    .map((s) => s.getBoundingClientRect());
  if (rects.length === 0) return fallback;
  return {
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

export function SelectionToolbar({
  rect,
  target,
  error,
  signedIn,
  pairingWith,
  concordanceHref,
  onHighlight,
  onNote,
  onStartPair,
  onCompletePair,
  onCancelPair,
}: Props) {
  const t = useTranslations("Annotations");
  const bar = useRef<HTMLDivElement>(null);
  // Placed once its size is known (before paint): over neither the sentence's other words nor its counterpart.
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const segmentId = target?.segmentId;
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const controls = document.querySelector("[data-reader-controls]")?.getBoundingClientRect();
    const place = placeToolbar({
      selection: rect,
      avoid: pairBox(segmentId, rect),
      size: { width: element.offsetWidth, height: element.offsetHeight },
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      topInset: Math.max(0, controls?.bottom ?? 0),
    });
    setAt({ top: place.top + window.scrollY, left: place.left + window.scrollX });
  }, [rect, segmentId, error, signedIn, pairingWith]);
  const style = at ? { top: `${at.top}px`, left: `${at.left}px` } : { top: 0, left: 0, visibility: "hidden" as const };
  const canPair = pairingWith && target && pairingWith.language !== target.language;
  // Reading, not writing: offered signed in or out.
  const everywhere = concordanceHref && !canPair && (
    <a className="toolbar-button" href={concordanceHref}>
      {t("everywhere")}
    </a>
  );
  return (
    <div ref={bar} className="selection-toolbar" style={style} role="toolbar" aria-label={t("selectedText")} onMouseDown={keepSelection}>
      {error ? (
        <span className="toolbar-message">{error}</span>
      ) : !signedIn ? (
        <span className="toolbar-message">
          {t.rich("signInToAnnotate", {
            signIn: (chunks) => (
              <Link href={`/signin?callbackUrl=${encodeURIComponent(location.pathname + location.search)}`}>{chunks}</Link>
            ),
          })}
          {everywhere}
        </span>
      ) : canPair ? (
        <>
          <button type="button" className="button" onClick={onCompletePair}>
            {t("pairWith", { words: pairingWith.selector.exact.slice(0, 24) + (pairingWith.selector.exact.length > 24 ? "…" : "") })}
          </button>
          <button type="button" className="link-button" onClick={onCancelPair}>
            {t("cancelPairing")}
          </button>
        </>
      ) : (
        <>
          <ColorSwatches onPick={onHighlight} label={(c) => t("highlightIn", { color: t(`colors.${c}`) })} />
          <button type="button" className="toolbar-button" onClick={onNote}>
            {t("note")}
          </button>
          <button type="button" className="toolbar-button" onClick={onStartPair} title={t("pairTitle")}>
            {t("pair")}
          </button>
          {everywhere}
        </>
      )}
    </div>
  );
}
