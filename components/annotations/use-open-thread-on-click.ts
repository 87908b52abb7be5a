"use client";
/** A click (not a selection) on painted words opens the thread of the latest visible note there. */
import { useEffect } from "react";
import type { AnnotationView } from "@/lib/annotations/types";

export function useOpenThreadOnClick(
  text: HTMLElement | null,
  visible: AnnotationView[],
  open: (annotationId: string, segmentId: string) => void,
) {
  useEffect(() => {
    if (!text) return;
    let live = true;
    const onClick = async (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      // The anchoring code (and what finds the note under the click) loads on the first click in the text, not with the page.
      const { noteAtPoint } = await import("./dom-anchors");
      const hit = live ? noteAtPoint(visible, event.clientX, event.clientY) : null;
      if (hit) open(hit.id, hit.segmentId);
    };
    const listener = (event: MouseEvent) => void onClick(event);
    text.addEventListener("click", listener);
    return () => {
      live = false;
      text.removeEventListener("click", listener);
    };
  }, [text, visible, open]);
}
