"use client";
/**
 * Marks a note seen once its card has stayed mostly on screen for a moment: long enough to have
 * been looked at, not merely scrolled past. Only cards marked `data-unseen` are watched.
 */
import { useEffect, type RefObject } from "react";

/** How long a card must stay in view to count as seen. */
const DWELL_MS = 1200;

export function useSeenOnScreen(container: RefObject<HTMLElement | null>, unseen: ReadonlySet<string>, onSeen: (id: string) => void) {
  useEffect(() => {
    const root = container.current;
    if (!root || unseen.size === 0 || typeof IntersectionObserver === "undefined") return;
    const timers = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.annotationId;
          if (!id) continue;
          if (entry.isIntersecting && !timers.has(id))
            timers.set(
              id,
              window.setTimeout(() => onSeen(id), DWELL_MS),
            );
          else if (!entry.isIntersecting) {
            window.clearTimeout(timers.get(id));
            timers.delete(id);
          }
        }
      },
      { threshold: 0.6 },
    );
    root.querySelectorAll<HTMLElement>("[data-unseen][data-annotation-id]").forEach((card) => observer.observe(card));
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [container, unseen, onSeen]);
}
