"use client";
/**
 * Paints the visible notes over the reader's text, again when the filters, the active note or the
 * 繁/简 switch change, and clears the paint when the reader goes. The painting code loads once there
 * is a note to paint (many visits have none), as the notes for printing do, or at once on a long text.
 */
import { useEffect, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { LONG_TEXT } from "@/components/reader-contract";
import type { createHighlightPainter } from "./paint-highlights";
import { useScriptSwitches } from "./use-script-switches";

type Painting = { painter: ReturnType<typeof createHighlightPainter>; clear: () => void };

export function useHighlightPainting(text: HTMLElement | null, visible: AnnotationView[], activeId: string | null, screenLoaded: boolean) {
  const [painting, setPainting] = useState<Painting | null>(null);
  const anyNotes = visible.length > 0;
  // A long text's first-screen notes are on their way (first-screen-notes.ts): load the painter beside them, not after.
  const notesLikely = anyNotes || Boolean(text?.hasAttribute(LONG_TEXT));
  useEffect(() => {
    if (!notesLikely || painting) return;
    let gone = false;
    void import("./paint-highlights").then(
      ({ createHighlightPainter, clearHighlights }) => !gone && setPainting({ painter: createHighlightPainter(), clear: clearHighlights }),
    );
    return () => {
      gone = true;
    };
  }, [notesLikely, painting]);
  // Repaint when the Traditional / Simplified switch changes which twin of a translation shows.
  const scriptTick = useScriptSwitches();
  useEffect(() => {
    if (!text) return;
    // Before the painter has loaded nothing is painted, which is right while there is nothing to paint.
    const painted = painting ? painting.painter.paint(text, visible, activeId) : anyNotes ? null : Promise.resolve();
    void painted?.then(() => {
      // For measurements (npm run bench): when every note on the sentences on screen is painted.
      if (screenLoaded && performance.getEntriesByName("interleaf:highlights-painted").length === 0) {
        performance.mark("interleaf:highlights-painted", { detail: { count: visible.length } });
      }
    });
  }, [painting, anyNotes, text, visible, activeId, screenLoaded, scriptTick]);
  useEffect(
    () => () => {
      painting?.painter.stop();
      painting?.clear();
    },
    [painting],
  );
}
