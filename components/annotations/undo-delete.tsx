"use client";
/**
 * Deleting a note asks nothing: it goes at once, and this bar offers Undo for a few seconds (the
 * server keeps a deleted note restorable for UNDO_DELETE_MINUTES). Focus moves to Undo, so a
 * keyboard user can take it back with Enter; when the bar goes, focus goes to `fallbackFocus`.
 */
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { callApi } from "@/components/api-client";
import type { AnnotationView } from "@/lib/annotations/types";

const SHOWN_MS = 10_000;

export function useUndoDelete(onRestored: (annotation: AnnotationView) => void) {
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offer = useCallback((id: string) => {
    setError(null);
    setDeletedId(id);
  }, []);
  const restore = useCallback(async () => {
    if (!deletedId) return;
    const result = await callApi<AnnotationView>(`/api/annotations/${encodeURIComponent(deletedId)}/restore`, { method: "POST" });
    if (!result.ok) return setError(result.error);
    onRestored(result.data);
    setDeletedId(null);
  }, [deletedId, onRestored]);
  return { deletedId, error, offer, restore, dismiss: () => setDeletedId(null) };
}

interface Props {
  undo: ReturnType<typeof useUndoDelete>;
  fallbackFocus: RefObject<HTMLElement | null>;
}

export function UndoDeleteBar({ undo, fallbackFocus }: Props) {
  const t = useTranslations("Notes");
  const bar = useRef<HTMLDivElement>(null);
  const { deletedId, error, dismiss } = undo;

  useEffect(() => {
    if (!deletedId) return;
    bar.current?.querySelector("button")?.focus();
    const timer = setTimeout(dismiss, error ? SHOWN_MS * 2 : SHOWN_MS);
    const barElement = bar.current;
    const fallback = fallbackFocus.current;
    return () => {
      clearTimeout(timer);
      // The bar may already be gone from the page, taking focus with it (to the body).
      const active = document.activeElement;
      if (!active || active === document.body || barElement?.contains(active)) fallback?.focus();
    };
    // Once per deleted note; `dismiss` and the ref are stable enough for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deletedId, error]);

  if (!deletedId) return null;
  return (
    <div className="undo-bar" role="status" ref={bar}>
      <span>{error ?? t("noteDeletedUndo")}</span>
      <button type="button" className="link-button" onClick={() => void undo.restore()}>
        {t("undo")}
      </button>
    </div>
  );
}
