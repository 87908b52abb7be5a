"use client";
/**
 * Paints the visible notes over the reader's text, again when the filters, the active note or the
 * 繁/简 switch change, and clears the paint when the reader goes.
 */
import { useEffect, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { clearHighlights, createHighlightPainter } from "./paint-highlights";
import { useScriptSwitches } from "./use-script-switches";

export function useHighlightPainting(text: HTMLElement | null, visible: AnnotationView[], activeId: string | null, screenLoaded: boolean) {
  const [painter] = useState(createHighlightPainter);
  // Repaint when the Traditional / Simplified switch changes which twin of a translation shows.
  const scriptTick = useScriptSwitches();
  useEffect(() => {
    if (!text) return;
    void painter.paint(text, visible, activeId).then(() => {
      // For measurements (npm run bench): when every note on the sentences on screen is painted.
      if (screenLoaded && performance.getEntriesByName("interleaf:highlights-painted").length === 0) {
        performance.mark("interleaf:highlights-painted", { detail: { count: visible.length } });
      }
    });
  }, [painter, text, visible, activeId, screenLoaded, scriptTick]);
  useEffect(
    () => () => {
      painter.stop();
      clearHighlights();
    },
    [painter],
  );
}
