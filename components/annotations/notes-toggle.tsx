"use client";
import { useTranslations } from "next-intl";

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
