"use client";
/**
 * One sentence's margin: how many notes it has (opens them) and, for a signed-in reader, "+" to
 * write one. Memoised: while a long document's notes load page by page, only the margins whose
 * count changed render again, not all thousand.
 */
import { SENTENCE } from "@/components/reader-contract";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { createPortal } from "react-dom";

interface Props {
  margin: HTMLElement;
  count: number;
  /** How many of them arrived live and are not yet seen: a dot on the count. */
  unseen: number;
  signedIn: boolean;
  onOpen: (segmentId: string) => void;
  onWrite: (sentence: HTMLElement) => void;
}

export const MarginButtons = memo(function MarginButtons({ margin, count, unseen, signedIn, onOpen, onWrite }: Props) {
  const t = useTranslations("Annotations");
  const k = useTranslations("KeyboardAnnouncements");
  const segmentId = margin.dataset.margin!;
  const sentence = signedIn ? margin.parentElement?.querySelector<HTMLElement>(SENTENCE) : null;
  return createPortal(
    <>
      {/* Read after the sentence (its aria-describedby): how many notes it has. */}
      <span id={`notes-of-${segmentId}`} hidden>
        {k("noteCount", { count })}
      </span>
      {count > 0 && (
        <button
          type="button"
          className="margin-count"
          onClick={() => onOpen(segmentId)}
          aria-label={t("notesOnSentence", { count })}
          aria-description={unseen > 0 ? t("unseenCount", { count: unseen }) : undefined}
          data-unseen={unseen > 0 || undefined}
        >
          {count}
        </button>
      )}
      {sentence && (
        <button
          type="button"
          className="margin-add"
          aria-label={t("writeNote")}
          title={t("writeNoteShortcut")}
          onClick={() => onWrite(sentence)}
        >
          +
        </button>
      )}
    </>,
    margin,
  );
});

/** The "Notes" button in the reading options, with how many notes the filters let through and how many of them are new. */
export function NotesToggle({ open, count, unseen, onToggle }: { open: boolean; count: number; unseen: number; onToggle: () => void }) {
  const t = useTranslations("Annotations");
  return (
    <button type="button" className="pill notes-toggle" aria-expanded={open} onClick={onToggle}>
      {t("notesToggle")} <span className="notes-toggle-count">{count}</span>
      {unseen > 0 && <span className="notes-toggle-unseen">{t("unseenCount", { count: unseen })}</span>}
    </button>
  );
}
