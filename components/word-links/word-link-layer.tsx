"use client";
/**
 * Word links in the reader: hovering or selecting a word lights its counterpart in the other
 * language. This component only waits for the first pointer or selection inside the text; the
 * code that fetches and paints links (word-links.ts) loads then, not with the page.
 */
import { useEffect } from "react";
import { readerText } from "@/components/reader-contract";
import "./word-links.css";

export function WordLinkLayer() {
  useEffect(() => {
    const text = readerText();
    if (!text || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    const begin = (event: Event) => {
      if (event.type === "selectionchange" && !text.contains(document.getSelection()?.anchorNode ?? null)) return;
      remove();
      void import("./word-links").then(({ startWordLinks }) => {
        if (!cancelled) stop = startWordLinks(text, event);
      });
    };
    const remove = () => {
      text.removeEventListener("pointerover", begin);
      document.removeEventListener("selectionchange", begin);
    };
    text.addEventListener("pointerover", begin);
    document.addEventListener("selectionchange", begin);
    return () => {
      cancelled = true;
      remove();
      stop?.();
    };
  }, []);
  return null;
}
