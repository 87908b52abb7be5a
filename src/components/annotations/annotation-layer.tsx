"use client";
import { useTranslations } from "next-intl";
/**
 * Everything personal on the reader, added after the static text: highlights painted over it,
 * a count of notes in each sentence's margin, the selection toolbar, and the notes panel with its
 * filters, threads and composer.
 */
import dynamic from "next/dynamic";
import { useSession } from "next-auth/react";
import "./annotations.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { filterAnnotations, NO_FILTERS, type NoteFilters } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { MyClassesContext, useFetchMyClasses } from "@/components/classes/my-classes-context";
import { callApi } from "./api-client";
import type { HighlightColor } from "./color-swatches";
import { pointInSentence, sentenceOf, targetFromSelection, wholeSentenceTarget, type SentenceTarget } from "./dom-anchors";
import { draftPayload, draftStorageKey, newDraft, type NoteDraft } from "./note-draft";
import type { PanelScope } from "./notes-panel";
import { paintHighlights, clearHighlights } from "./paint-highlights";
import { SelectionToolbar } from "./selection-toolbar";
import { useAnnotations } from "./use-annotations";
import { useLiveAnnotations } from "./use-live-annotations";
import { dropDraft, loadDraft } from "./use-durable-save";

// The panel (threads, editor, note rendering and its validation) loads when it first opens.
const NotesPanel = dynamic(() => import("./notes-panel").then((m) => m.NotesPanel), { ssr: false });

type Toolbar = { rect: DOMRect; target: SentenceTarget | null; error: string | null } | null;

export function AnnotationLayer({ documentSlug }: { documentSlug: string }) {
  const { data: session, status: sessionStatus } = useSession();
  const signedIn = sessionStatus === "authenticated";
  const sessionKey = sessionStatus + (session?.user?.email ?? "");
  const { annotations, loaded, error: loadError, reload, upsert, remove, since } = useAnnotations(documentSlug, sessionKey);
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [scope, setScope] = useState<PanelScope | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const t = useTranslations("Annotations");
  const [toolbar, setToolbar] = useState<Toolbar>(null);
  const [pairingWith, setPairingWith] = useState<SentenceTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [margins, setMargins] = useState<HTMLElement[]>([]);
  const [notesSlot, setNotesSlot] = useState<HTMLElement | null>(null);
  const textRef = useRef<HTMLElement | null>(null);
  const classes = useFetchMyClasses(signedIn);
  // A member's new notes go to their class by default, never to everyone.
  const defaultAudience = useMemo<Partial<NoteDraft>>(() => (classes[0] ? { visibility: "class", classId: classes[0].id } : {}), [classes]);
  const knownIds = useRef(new Set<string>());
  useEffect(() => {
    knownIds.current = new Set(annotations.map((a) => a.id));
  }, [annotations]);
  const onLiveNote = useCallback(
    (annotation: AnnotationView) => {
      const isNew = !knownIds.current.has(annotation.id);
      knownIds.current.add(annotation.id);
      upsert(annotation);
      if (isNew && !annotation.mine) setAnnouncement(t("newNoteBy", { name: annotation.author.name }));
    },
    [upsert, t],
  );
  useLiveAnnotations(documentSlug, sessionKey, since, onLiveNote, remove);

  const visible = useMemo(() => filterAnnotations(annotations, filters), [annotations, filters]);
  const countBySegment = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of visible) for (const id of new Set(a.targets.map((t) => t.segmentId))) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [visible]);

  useEffect(() => {
    textRef.current = document.querySelector<HTMLElement>("[data-reader-text]");
    // eslint-disable-next-line react-hooks/set-state-in-effect -- portal targets exist only in the server-rendered DOM
    setMargins([...document.querySelectorAll<HTMLElement>("[data-margin]")]);
    setNotesSlot(document.querySelector<HTMLElement>("[data-notes-slot]"));
    const saved = loadDraft<NoteDraft>(draftStorageKey(documentSlug));
    if (saved?.key && Array.isArray(saved.targets)) {
      setDraft(saved);
      setScope({ kind: "all" });
    }
  }, [documentSlug]);

  // Repaint when the Traditional / Simplified switch changes which twin of a translation shows.
  const [scriptTick, setScriptTick] = useState(0);
  useEffect(() => {
    const onChange = (event: Event) => (event.target as HTMLInputElement).name === "script" && setScriptTick((n) => n + 1);
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);

  useEffect(() => {
    if (!textRef.current) return;
    paintHighlights(textRef.current, visible, activeId);
    // For measurements (npm run bench): when the reader's highlights are first on screen.
    if (loaded && performance.getEntriesByName("interleaf:highlights-painted").length === 0) {
      performance.mark("interleaf:highlights-painted", { detail: { count: visible.length } });
    }
  }, [visible, activeId, loaded, scriptTick]);
  useEffect(() => () => clearHighlights(), []);

  // Selection toolbar: shown when a selection ends in the text.
  useEffect(() => {
    const update = () => {
      const result = targetFromSelection(window.getSelection());
      if (!result) return setToolbar(null);
      const range = window.getSelection()!.getRangeAt(0);
      setToolbar({ rect: range.getBoundingClientRect(), target: "target" in result ? result.target : null, error: "error" in result ? result.error : null });
    };
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed) setToolbar(null);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === "Shift") update();
    };
    document.addEventListener("pointerup", update);
    document.addEventListener("keyup", onKeyUp);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      document.removeEventListener("pointerup", update);
      document.removeEventListener("keyup", onKeyUp);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, []);

  const openThreadAt = useCallback(
    (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const point = pointInSentence(event.clientX, event.clientY);
      if (!point) return;
      const { sentence, offset } = point;
      const hit = [...visible].reverse().find((a) =>
        a.targets.some(
          (t) =>
            t.segmentId === sentence.dataset.segmentId &&
            (t.versionId ?? undefined) === sentence.dataset.versionId &&
            t.selector.start <= offset &&
            offset < t.selector.end,
        ),
      );
      if (hit) {
        setActiveId(hit.id);
        setScope({ kind: "segment", segmentId: sentence.dataset.segmentId! });
      }
    },
    [visible],
  );

  const startNote = useCallback((targets: SentenceTarget[], fields: Partial<NoteDraft> = {}) => {
    setDraft(newDraft(targets, { ...defaultAudience, ...fields }));
    setScope({ kind: "segment", segmentId: targets[0]!.segmentId });
    setToolbar(null);
    setPairingWith(null);
    window.getSelection()?.removeAllRanges();
  }, [defaultAudience]);

  const quickHighlight = useCallback(
    async (target: SentenceTarget, color: HighlightColor) => {
      setToolbar(null);
      window.getSelection()?.removeAllRanges();
      const draftForHighlight = newDraft([target], { color, motivation: "highlighting" });
      let result = await callApi<AnnotationView>("/api/annotations", { method: "POST", json: draftPayload(documentSlug, draftForHighlight), headers: { "Idempotency-Key": draftForHighlight.key } });
      for (let attempt = 1; !result.ok && result.retryable && attempt <= 3; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
        result = await callApi<AnnotationView>("/api/annotations", { method: "POST", json: draftPayload(documentSlug, draftForHighlight), headers: { "Idempotency-Key": draftForHighlight.key } });
      }
      if (result.ok) {
        upsert(result.data);
        setAnnouncement(t("highlightSaved"));
      } else setAnnouncement(t("highlightNotSaved", { error: result.error }));
    },
    [documentSlug, upsert, t],
  );

  // Keyboard on a focused sentence: N writes a note on it, H highlights it.
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target as Node);
      if (!sentence || !signedIn || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = wholeSentenceTarget(sentence);
      if (!target) return;
      if (event.key === "n") {
        event.preventDefault();
        startNote([target]);
      } else if (event.key === "h") {
        event.preventDefault();
        void quickHighlight(target, "yellow");
      }
    };
    text.addEventListener("click", openThreadAt);
    text.addEventListener("keydown", onKeyDown);
    return () => {
      text.removeEventListener("click", openThreadAt);
      text.removeEventListener("keydown", onKeyDown);
    };
  }, [openThreadAt, quickHighlight, startNote, signedIn]);

  const closeComposer = useCallback(() => {
    dropDraft(draftStorageKey(documentSlug));
    setDraft(null);
  }, [documentSlug]);

  const onSaved = useCallback(
    (annotation: AnnotationView) => {
      upsert(annotation);
      setDraft(null);
      setActiveId(annotation.id);
      setAnnouncement(t("noteSaved"));
    },
    [upsert, t],
  );

  const segmentNotes = (segmentId: string) => (countBySegment.get(segmentId) ?? 0);

  return (
    <MyClassesContext.Provider value={classes}>
      {margins.map((margin) => {
        const segmentId = margin.dataset.margin!;
        const count = segmentNotes(segmentId);
        const sentence = margin.parentElement?.querySelector<HTMLElement>(".sentence[data-segment-id]");
        return createPortal(
          <>
            {count > 0 && (
              <button type="button" className="margin-count" onClick={() => setScope({ kind: "segment", segmentId })} aria-label={t("notesOnSentence", { count })}>
                {count}
              </button>
            )}
            {signedIn && sentence && (
              <button
                type="button"
                className="margin-add"
                aria-label={t("writeNote")}
                title={t("writeNoteShortcut")}
                onClick={() => {
                  const target = wholeSentenceTarget(sentence);
                  if (target) startNote([target]);
                }}
              >
                +
              </button>
            )}
          </>,
          margin,
          segmentId,
        );
      })}
      {notesSlot &&
        createPortal(
          <button type="button" className="notes-toggle" aria-expanded={scope !== null} onClick={() => setScope(scope ? null : { kind: "all" })}>
            {t("notesToggle")} <span className="notes-toggle-count">{visible.length}</span>
          </button>,
          notesSlot,
        )}
      {toolbar && (
        <SelectionToolbar
          rect={toolbar.rect}
          target={toolbar.target}
          error={toolbar.error}
          signedIn={signedIn}
          pairingWith={pairingWith}
          onHighlight={(color) => toolbar.target && void quickHighlight(toolbar.target, color)}
          onNote={() => toolbar.target && startNote([toolbar.target])}
          onStartPair={() => {
            setPairingWith(toolbar.target);
            setToolbar(null);
            window.getSelection()?.removeAllRanges();
            setAnnouncement(t("selectCounterpart"));
          }}
          onCompletePair={() => pairingWith && toolbar.target && startNote([pairingWith, toolbar.target])}
          onCancelPair={() => setPairingWith(null)}
        />
      )}
      {pairingWith && !toolbar && (
        <div className="pairing-banner" role="status">
          Pairing “{pairingWith.selector.exact}”: select the matching words in the other language.{" "}
          <button type="button" className="link-button" onClick={() => setPairingWith(null)}>
            Cancel
          </button>
        </div>
      )}
      {scope && (
        <NotesPanel
          documentSlug={documentSlug}
          scope={scope}
          annotations={annotations}
          visible={visible}
          filters={filters}
          onFilters={setFilters}
          activeId={activeId}
          onActivate={setActiveId}
          signedIn={signedIn}
          draft={draft}
          onDraftChange={setDraft}
          onDraftSaved={onSaved}
          onDraftDiscard={closeComposer}
          onChanged={upsert}
          onDeleted={(id) => {
            remove(id);
            setAnnouncement(t("noteDeleted"));
          }}
          onReload={() => void reload()}
          onScope={setScope}
          onClose={() => setScope(null)}
          loadError={loadError}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </MyClassesContext.Provider>
  );
}
