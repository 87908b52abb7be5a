"use client";
/** A click (not a selection) on painted words opens the thread of the latest visible note there. */
import { useEffect } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { pointInSentence } from "./dom-anchors";

export function useOpenThreadOnClick(
  text: HTMLElement | null,
  visible: AnnotationView[],
  open: (annotationId: string, segmentId: string) => void,
) {
  useEffect(() => {
    if (!text) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const point = pointInSentence(event.clientX, event.clientY);
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
    text.addEventListener("click", onClick);
    return () => text.removeEventListener("click", onClick);
  }, [text, visible, open]);
}
