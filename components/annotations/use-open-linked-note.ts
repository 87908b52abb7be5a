"use client";
/**
 * `#note-<id>` in the address (where a mention's notification leads) opens that note's thread
 * once the note has loaded: on arrival, and when the fragment changes on a page already open.
 * A fragment that names no note the reader can see does nothing.
 */
import { useCallback, useEffect, useRef } from "react";
import type { AnnotationView } from "@/lib/annotations/types";

const PREFIX = "#note-";

export function useOpenLinkedNote(annotations: AnnotationView[], open: (annotationId: string, segmentId: string) => void) {
  const linked = useRef<string | null>(null);
  const openLinked = useCallback(() => {
    const note = linked.current ? annotations.find((a) => a.id === linked.current) : undefined;
    if (!note) return;
    linked.current = null;
    open(note.id, note.targets[0]?.segmentId ?? "");
  }, [annotations, open]);
  const openLinkedRef = useRef(openLinked);
  useEffect(() => {
    openLinkedRef.current = openLinked;
    openLinked();
  }, [openLinked]);
  useEffect(() => {
    const readHash = () => {
      const hash = window.location.hash;
      if (!hash.startsWith(PREFIX)) return;
      try {
        linked.current = decodeURIComponent(hash.slice(PREFIX.length));
      } catch {
        return; // a malformed fragment names no note
      }
      openLinkedRef.current();
    };
    readHash();
    window.addEventListener("hashchange", readHash);
    return () => window.removeEventListener("hashchange", readHash);
  }, []);
}
