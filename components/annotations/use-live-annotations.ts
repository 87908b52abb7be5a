"use client";
/**
 * Keeps the reader's notes live: subscribes to the document's server-sent events and applies each
 * one (a note or reply added or edited arrives as the whole note; a note deleted, hidden or made
 * private arrives as its id). EventSource reconnects by itself and sends Last-Event-ID, so the
 * server replays what was missed; applying a note twice changes nothing.
 */
import { useEffect, useRef } from "react";
import { liveVote, type LiveVote } from "@/components/reader-contract";
import type { AnnotationView } from "@/lib/annotations/types";

export function useLiveAnnotations(
  documentSlug: string,
  sessionKey: string,
  since: string | null,
  onUpsert: (annotation: AnnotationView) => void,
  onRemove: (id: string) => void,
) {
  const handlers = useRef({ onUpsert, onRemove });
  useEffect(() => {
    handlers.current = { onUpsert, onRemove };
  }, [onUpsert, onRemove]);

  // Opened once the first list has loaded, from the event that list is current with.
  const ready = since !== null;
  const sinceRef = useRef(since);
  useEffect(() => {
    sinceRef.current = since;
  }, [since]);

  useEffect(() => {
    if (typeof EventSource === "undefined" || sessionKey.startsWith("loading") || !ready) return;
    const query = sinceRef.current ? `?lastEventId=${encodeURIComponent(sinceRef.current)}` : "";
    const source = new EventSource(`/api/documents/${encodeURIComponent(documentSlug)}/events${query}`, { withCredentials: true });
    const onAnnotation = (event: MessageEvent<string>) => {
      try {
        handlers.current.onUpsert(JSON.parse(event.data) as AnnotationView);
      } catch {
        // a malformed event is skipped; the next reload shows the truth
      }
    };
    const onRemoved = (event: MessageEvent<string>) => {
      try {
        handlers.current.onRemove((JSON.parse(event.data) as { id: string }).id);
      } catch {
        // as above
      }
    };
    const onVote = (event: MessageEvent<string>) => {
      try {
        liveVote.dispatch(JSON.parse(event.data) as LiveVote);
      } catch {
        // as above
      }
    };
    source.addEventListener("annotation", onAnnotation);
    source.addEventListener("annotation-removed", onRemoved);
    source.addEventListener("vote", onVote);
    return () => source.close();
  }, [documentSlug, sessionKey, ready]);
}
