"use client";
/** Floats by a text selection: highlight in a colour, write a note, or pair with the other language. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useLayoutEffect, useRef, useState } from "react";
import { pairOf, SENTENCE } from "@/components/reader-contract";
import { placeToolbar, type Box } from "./toolbar-placement";
import { ColorSwatches } from "./color-swatches";
import type { Toolbar } from "./use-selection-toolbar";
import { quickHighlight, startNote, startPair, type WriterState } from "./writer";

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

/** "Everywhere in this text": the concordance of a selected word or short phrase (null: not a short term). */
function concordanceHref(slug: string, exact: string | undefined): string | null {
  const term = exact?.trim();
  if (!term || term.length > 100) return null;
  return `/documents/${encodeURIComponent(slug)}/concordance?q=${encodeURIComponent(term)}`;
}

/** `writer`: the notes layer's state, which the buttons act on. */
export function SelectionToolbar({ toolbar: { rect, target, error }, writer }: { toolbar: NonNullable<Toolbar>; writer: WriterState }) {
  const { signedIn, pairingWith } = writer;
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
  const href = concordanceHref(writer.documentSlug, target?.selector.exact);
  const everywhere = href && !canPair && (
    <a className="toolbar-button" href={href}>
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
          <button type="button" className="button" onClick={() => startNote(writer, [pairingWith, target])}>
            {t("pairWith", { words: pairingWith.selector.exact.slice(0, 24) + (pairingWith.selector.exact.length > 24 ? "…" : "") })}
          </button>
          <button type="button" className="link-button" onClick={() => writer.setPairingWith(null)}>
            {t("cancelPairing")}
          </button>
        </>
      ) : (
        <>
          <ColorSwatches
            onPick={(color) => target && void quickHighlight(writer, target, color)}
            label={(c) => t("highlightIn", { color: t(`colors.${c}`) })}
          />
          <button type="button" className="toolbar-button" onClick={() => target && startNote(writer, [target])}>
            {t("note")}
          </button>
          <button type="button" className="toolbar-button" onClick={() => startPair(writer, target)} title={t("pairTitle")}>
            {t("pair")}
          </button>
          {everywhere}
        </>
      )}
    </div>
  );
}
