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
      // The anchoring code loads on the first click in the text, not with the page.
      const { pointInSentence } = await import("./dom-anchors");
      const point = live ? pointInSentence(event.clientX, event.clientY) : null;
      if (!point) return;
      const { sentence, offset } = point;
      const hit = [...visible]
        .reverse()
        .find((a) =>
          a.targets.some(
            (t) =>
              t.segmentId === sentence.dataset.segmentId &&
              (t.versionId ?? undefined) === sentence.dataset.versionId &&
              t.selector.start <= offset &&
              offset < t.selector.end,
          ),
        );
      if (hit) open(hit.id, sentence.dataset.segmentId!);
    };
    const listener = (event: MouseEvent) => void onClick(event);
    text.addEventListener("click", listener);
    return () => {
      live = false;
      text.removeEventListener("click", listener);
    };
  }, [text, visible, open]);
}
