"use client";
/** Floats by a text selection: highlight in a colour, write a note, or pair with the other language. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import { ColorSwatches, type HighlightColor } from "./color-swatches";
import type { SentenceTarget } from "./dom-anchors";

interface Props {
  rect: DOMRect;
  target: SentenceTarget | null;
  error: string | null;
  signedIn: boolean;
  pairingWith: SentenceTarget | null;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onStartPair: () => void;
  onCompletePair: () => void;
  onCancelPair: () => void;
}

const keepSelection = (event: React.MouseEvent) => event.preventDefault();

export function SelectionToolbar({
  rect,
  target,
  error,
  signedIn,
  pairingWith,
  onHighlight,
  onNote,
  onStartPair,
  onCompletePair,
  onCancelPair,
}: Props) {
  const t = useTranslations("Annotations");
  const style = {
    top: `${rect.bottom + window.scrollY + 8}px`,
    left: `${Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 330))}px`,
  };
  const canPair = pairingWith && target && pairingWith.language !== target.language;
  return (
    <div className="selection-toolbar" style={style} role="toolbar" aria-label={t("selectedText")} onMouseDown={keepSelection}>
      {error ? (
        <span className="toolbar-message">{error}</span>
      ) : !signedIn ? (
        <span className="toolbar-message">
          {t.rich("signInToAnnotate", {
            signIn: (chunks) => (
              <Link href={`/signin?callbackUrl=${encodeURIComponent(location.pathname + location.search)}`}>{chunks}</Link>
            ),
          })}
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
        </>
      )}
    </div>
  );
}
