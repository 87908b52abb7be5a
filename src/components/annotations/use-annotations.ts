"use client";
/** The annotations on one document that this reader may see, kept in step with the server. */
import { useCallback, useEffect, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { callApi } from "./api-client";

export function useAnnotations(documentSlug: string, sessionKey: string) {
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  /** The live event the list is current with: the event stream starts after it. */
  const [since, setSince] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await callApi<{ annotations: AnnotationView[]; lastEventId?: string }>(`/api/annotations?document=${encodeURIComponent(documentSlug)}`, { cache: "no-store" });
    if (result.ok) {
      setAnnotations(result.data.annotations);
      setSince((current) => current ?? result.data.lastEventId ?? "0");
      setError(null);
    } else setError(`Notes could not be loaded: ${result.error}`);
    setLoaded(true);
  }, [documentSlug]);

  // Reload when the session changes: signing in shows one's private notes.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount and on sign-in is the point
    void reload();
  }, [reload, sessionKey]);

  const upsert = useCallback((annotation: AnnotationView) => {
    setAnnotations((list) => (list.some((a) => a.id === annotation.id) ? list.map((a) => (a.id === annotation.id ? annotation : a)) : [...list, annotation]));
  }, []);
  const remove = useCallback((id: string) => setAnnotations((list) => list.filter((a) => a.id !== id)), []);

  return { annotations, loaded, error, reload, upsert, remove, since };
}
