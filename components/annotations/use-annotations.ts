"use client";
/**
 * The annotations on one document that this reader may see, kept in step with the server.
 *
 * A long document can carry thousands of notes: the notes on the sentences on screen come first
 * (so their highlights paint at once), then the whole list in pages, each shown as it arrives.
 * The session cookie goes with every request, so loading does not wait for the browser to learn
 * who is signed in; it starts again only when that changes.
 */
import { LONG_TEXT, PAIR, readerText } from "@/components/reader-contract";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { callApi } from "@/components/api-client";
import { PAGE_SIZE as LIMITS_PAGE_SIZE } from "@/lib/limits";
import { segmentsOnScreen } from "./segments-on-screen";
import { FIRST_SCREEN_MAX, firstScreenNotesUrl, takeEarlyAnswer } from "./first-screen-notes";

type Page = { annotations: AnnotationView[]; lastEventId?: string; next?: string | null };

/** The most the server gives in one page (it may give fewer when notes are long; `next` says where to go on). */
const PAGE_SIZE = LIMITS_PAGE_SIZE.max;

const byCreation = (a: AnnotationView, b: AnnotationView) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function useAnnotations(documentSlug: string, sessionKey: string) {
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Every note is in (the whole list has been read). */
  const [loaded, setLoaded] = useState(false);
  /** The notes on the sentences on screen are in: their highlights can be painted. */
  const [screenLoaded, setScreenLoaded] = useState(false);
  /** The live event the list is current with: the event stream starts after it, once the list is whole. */
  const [since, setSince] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback(
    async (firstScreen = false) => {
      const run = ++generation.current;
      const base = `/api/annotations?document=${encodeURIComponent(documentSlug)}`;
      const fetchPart = (query: string) => callApi<Page>(`${base}${query}`, { cache: "no-store" });
      const fail = (message: string) => {
        if (run !== generation.current) return;
        setError(`Notes could not be loaded: ${message}`);
        setLoaded(true);
        setScreenLoaded(true);
      };
      // Read before any part: the stream replays whatever changed while the parts were read.
      let firstEventId: string | undefined;
      const collected = new Map<string, AnnotationView>();
      const show = () => run === generation.current && setAnnotations([...collected.values()].sort(byCreation));

      const text = readerText();
      const rows = firstScreen && text?.hasAttribute(LONG_TEXT) ? text.querySelectorAll<HTMLElement>(PAIR) : null;
      if (rows) {
        const ids = segmentsOnScreen(rows, FIRST_SCREEN_MAX);
        // The page's inline script may have asked for these already, before hydration (first-screen-notes.ts).
        const early = takeEarlyAnswer(segmentsOnScreen(rows, FIRST_SCREEN_MAX, 1));
        const url = early?.url ?? firstScreenNotesUrl(documentSlug, ids);
        const result = ids.length ? await callApi<Page>(url, { cache: "no-store", answer: early?.answer }) : null;
        if (result?.ok) {
          firstEventId = result.data.lastEventId;
          result.data.annotations.forEach((a) => collected.set(a.id, a));
          show();
          if (run === generation.current) setScreenLoaded(true);
        }
      }

      const complete = new Map<string, AnnotationView>();
      let after: string | null | undefined;
      do {
        const result = await fetchPart(`&limit=${PAGE_SIZE}${after ? `&after=${encodeURIComponent(after)}` : ""}`);
        if (run !== generation.current) return;
        if (!result.ok) return fail(result.error);
        firstEventId ??= result.data.lastEventId;
        for (const a of result.data.annotations) {
          complete.set(a.id, a);
          // First load: each page is shown as it comes. A reload keeps the old list until the new one is whole.
          if (firstScreen) collected.set(a.id, a);
        }
        if (firstScreen) show();
        after = result.data.next;
      } while (after);
      setAnnotations([...complete.values()].sort(byCreation));
      setSince((current) => current ?? firstEventId ?? "0");
      setError(null);
      setLoaded(true);
      setScreenLoaded(true);
    },
    [documentSlug],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is the point
    void reload(true);
  }, [reload]);

  // Load again when the reader signs in or out (signing in shows one's private notes). The first
  // answer about the session needs no reload: the first load already went with the same cookie.
  const firstSessionKey = useRef<string | null>(null);
  useEffect(() => {
    if (sessionKey.startsWith("loading")) return;
    if (firstSessionKey.current === null) firstSessionKey.current = sessionKey;
    else if (firstSessionKey.current !== sessionKey) {
      firstSessionKey.current = sessionKey;
      void reload();
    }
  }, [reload, sessionKey]);

  const upsert = useCallback((annotation: AnnotationView) => {
    setAnnotations((list) =>
      list.some((a) => a.id === annotation.id) ? list.map((a) => (a.id === annotation.id ? annotation : a)) : [...list, annotation],
    );
  }, []);
  const remove = useCallback((id: string) => setAnnotations((list) => list.filter((a) => a.id !== id)), []);

  return { annotations, loaded, screenLoaded, error, reload: () => reload(), upsert, remove, since };
}
