"use client";
/**
 * Everything personal on the reader, added after the static text: highlights painted over it,
 * a count of notes in each sentence's margin (use-margin-buttons.ts), the selection toolbar, and the notes panel with its
 * filters, threads and composer.
 */
import { useTranslations } from "next-intl";
import { useSession } from "@/components/account/session-store";
import { counterpartLit, notesSlot as findNotesSlot, readerText, type CounterpartLit } from "@/components/reader-contract";
import "./annotations.css";
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { NoteFilters } from "@/lib/annotations/filter-annotations";
import { unseenBySegment } from "@/lib/annotations/unseen-counts";
import type { AnnotationView } from "@/lib/annotations/types";
import { EveryoneMayReadContext, MyClassesContext, useFetchMyClasses } from "@/components/classes/my-classes-context";
import type { SentenceTarget } from "./dom-anchors";
import type { NoteDraft } from "./note-draft";
import type { PanelScope } from "./notes-panel";
import { useAnnotations } from "./use-annotations";
import { useLiveAnnotations } from "./use-live-annotations";
import { useSelectionToolbar } from "./use-selection-toolbar";
import { useSentenceKeys } from "./use-sentence-keys";
import { draftStorageKey, dropDraft, loadDraft } from "./draft-storage";
import { NotesToggle } from "./notes-toggle";
import { useMarginButtons } from "./use-margin-buttons";
import { useHighlightPainting } from "./use-highlight-painting";
import { useOpenLinkedNote } from "./use-open-linked-note";
import { useOpenThreadOnClick } from "./use-open-thread-on-click";
import type { WriterState } from "./writer";

// The panel (threads, editor, note rendering and its validation) loads when it first opens; so do
// the selection toolbar (on the first selection) and the orphans list (only its author has any).
// What writing does (writer.tsx: highlight, note, pair, reply, the pairing banner) loads with the
// toolbar, the sentence keys (use-sentence-keys.ts) or the margin's "+", whichever comes first.
// React.lazy rather than next/dynamic: they render only after an interaction, never on the server,
// and next/dynamic's loader would add about 1.5 KB gzip to the reader's first load.
const NotesPanel = lazy(() => import("./notes-panel").then((m) => ({ default: m.NotesPanel })));
const SelectionToolbar = lazy(() => import("./selection-toolbar").then((m) => ({ default: m.SelectionToolbar })));
const PairingBanner = lazy(() => import("./writer").then((m) => ({ default: m.PairingBanner })));
const OrphansPanel = lazy(() => import("./orphans-panel").then((m) => ({ default: m.OrphansPanel })));
// Notes for printing load once there are notes to print (print-notes.tsx draws them on beforeprint).
const PrintNotes = lazy(() => import("@/components/export/print-notes").then((m) => ({ default: m.PrintNotes })));
// Assignment prompts are for members of a class: their markers load once someone is signed in.
const PromptMarkers = lazy(() => import("@/components/assignments/prompt-markers").then((m) => ({ default: m.PromptMarkers })));

const NO_CLASSES: ReturnType<typeof useFetchMyClasses> = [];
/** As lib/annotations/filter-annotations.ts's: that code loads when a filter is first set. */
const NO_FILTERS: NoteFilters = { tag: "", authorId: "", motivation: "", query: "" };
type FilterNotes = typeof import("@/lib/annotations/filter-annotations").filterAnnotations;

/**
 * `classReadable`: the class may read this document; on a private import or a draft, notes stay private.
 * `classOnly`: a class-only text; notes on it are private or for that class only.
 */
export function AnnotationLayer({
  documentSlug,
  classReadable,
  classOnly = null,
}: {
  documentSlug: string;
  classReadable: boolean;
  classOnly?: { id: string } | null;
}) {
  const { data: session, status: sessionStatus } = useSession();
  const signedIn = sessionStatus === "authenticated";
  const sessionKey = sessionStatus + (session?.user?.email ?? "");
  const { annotations, screenLoaded, error: loadError, reload, upsert, remove, since } = useAnnotations(documentSlug, sessionKey);
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [scope, setScope] = useState<PanelScope | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const t = useTranslations("Annotations");
  const k = useTranslations("KeyboardAnnouncements");
  const [toolbar, setToolbar] = useSelectionToolbar();
  const [pairingWith, setPairingWith] = useState<SentenceTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [notesSlot, setNotesSlot] = useState<HTMLElement | null>(null);
  const [textEl, setTextEl] = useState<HTMLElement | null>(null);
  const [replyTo, setReplyTo] = useState<{ id: string; n: number } | null>(null);
  const myClasses = useFetchMyClasses(signedIn);
  // The server refuses a class note on a document the class cannot read: none is offered there.
  const classes = useMemo(
    () => (!classReadable ? NO_CLASSES : classOnly ? myClasses.filter((c) => c.id === classOnly.id) : myClasses),
    [classReadable, classOnly, myClasses],
  );
  // A member's new notes go to their class by default, never to everyone.
  const defaultAudience = useMemo<Partial<NoteDraft>>(() => (classes[0] ? { visibility: "class", classId: classes[0].id } : {}), [classes]);
  // The notes on the page as last rendered, to tell what a live event adds (live-news.ts).
  const known = useRef(new Map<string, AnnotationView>());
  useEffect(() => {
    known.current = new Map(annotations.map((a) => [a.id, a]));
  }, [annotations]);
  /** Notes that arrived live with something new in them, until the reader has seen them in the panel. */
  const [unseen, setUnseen] = useState<ReadonlySet<string>>(() => new Set());
  const markSeen = useCallback(
    (id: string) =>
      setUnseen((current) => {
        if (!current.has(id)) return current;
        const next = new Set(current);
        next.delete(id);
        return next;
      }),
    [],
  );
  const onLiveNote = useCallback(
    (annotation: AnnotationView) => {
      const before = known.current.get(annotation.id);
      known.current.set(annotation.id, annotation);
      upsert(annotation);
      // Whether it is news, and what is said of it, loads with the first note that arrives live.
      void import("./live-news-said").then(({ liveNewsSaid }) => {
        const said = liveNewsSaid(before, annotation, t);
        if (!said) return;
        setUnseen((current) => new Set(current).add(annotation.id));
        setAnnouncement(said);
      });
    },
    [upsert, t],
  );
  useLiveAnnotations(documentSlug, sessionKey, since, onLiveNote, remove);

  // The filters' code loads when one is first set (in the notes panel, or by a teacher's ?author= link).
  const filtering = Boolean(filters.tag || filters.authorId || filters.motivation || filters.query);
  const [filterNotes, setFilterNotes] = useState<FilterNotes | null>(null);
  useEffect(() => {
    if (filtering && !filterNotes)
      void import("@/lib/annotations/filter-annotations").then(({ filterAnnotations }) => setFilterNotes(() => filterAnnotations));
  }, [filtering, filterNotes]);
  const visible = useMemo(
    () => (filtering && filterNotes ? filterNotes(annotations, filters) : annotations),
    [annotations, filters, filtering, filterNotes],
  );
  const hasOrphans = useMemo(() => annotations.some((a) => a.mine && a.orphan), [annotations]);
  // Once shown, the orphans list stays, so "Note deleted." is still read after the last one goes.
  const [orphansShown, setOrphansShown] = useState(false);
  if (hasOrphans && !orphansShown) setOrphansShown(true);
  const countBySegment = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of visible) for (const id of new Set(a.targets.map((t) => t.segmentId))) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [visible]);
  const unseenCounts = useMemo(() => unseenBySegment(visible, unseen), [visible, unseen]);
  const unseenVisible = useMemo(() => visible.filter((a) => unseen.has(a.id)).length, [visible, unseen]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the text and the notes' slot exist only in the server-rendered DOM
    setTextEl(readerText());
    setNotesSlot(findNotesSlot());
    // `?author=<id>` (a teacher's link to one student's work) opens the notes filtered to them.
    const author = new URLSearchParams(window.location.search).get("author");
    if (author) {
      setFilters({ ...NO_FILTERS, authorId: author });
      setScope({ kind: "all" });
    }
    const saved = loadDraft<NoteDraft>(draftStorageKey(documentSlug));
    if (saved?.key && Array.isArray(saved.targets)) {
      setDraft(saved);
      setScope({ kind: "all" });
    }
  }, [documentSlug]);

  useHighlightPainting(textEl, visible, activeId, screenLoaded);

  const openThread = useCallback((annotationId: string, segmentId: string) => {
    setActiveId(annotationId);
    setScope({ kind: "segment", segmentId });
  }, []);
  useOpenThreadOnClick(textEl, visible, openThread);

  useOpenLinkedNote(annotations, openThread);

  // What word links last lit: a pair started from those words starts from their counterpart (writer.tsx).
  const lastLit = useRef<CounterpartLit | null>(null);
  useEffect(() => counterpartLit.listen((lit) => (lastLit.current = lit)), []);

  // What writing acts on (writer.tsx): the state as at this render, for the toolbar, the keys and "+".
  const writer: WriterState = {
    documentSlug,
    signedIn,
    visible,
    defaultAudience,
    pairingWith,
    lit: lastLit,
    t,
    k,
    announce: setAnnouncement,
    upsert,
    setDraft,
    setScope,
    setActiveId,
    setReplyTo,
    setToolbar,
    setPairingWith,
  };
  const latestWriter = useRef(writer);
  useLayoutEffect(() => {
    latestWriter.current = writer;
  });
  // Keyboard on a focused sentence (use-sentence-keys.ts): H, N, W (choose words), O, R.
  useSentenceKeys(textEl, latestWriter);

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

  // Stable handlers: the margins' click listener is added once.
  const openSegment = useCallback((segmentId: string) => setScope({ kind: "segment", segmentId }), []);
  const writeOn = useCallback((sentence: HTMLElement) => {
    // The writing code (and the anchoring code with it) loads with the first note or selection, not with every visitor's page.
    void import("./writer").then(({ writeOn }) => writeOn(latestWriter.current, sentence));
  }, []);
  useMarginButtons(textEl, { counts: countBySegment, unseen: unseenCounts, signedIn }, openSegment, writeOn);

  return (
    <MyClassesContext.Provider value={classes}>
      <EveryoneMayReadContext.Provider value={!classOnly}>
        {signedIn && (
          <Suspense fallback={null}>
            <PromptMarkers documentSlug={documentSlug} signedIn={signedIn} onOpen={openSegment} />
          </Suspense>
        )}
        {notesSlot &&
          createPortal(
            <NotesToggle
              open={scope !== null}
              count={visible.length}
              unseen={unseenVisible}
              onToggle={() => setScope(scope ? null : { kind: "all" })}
            />,
            notesSlot,
          )}
        <Suspense fallback={null}>
          {toolbar && <SelectionToolbar toolbar={toolbar} writer={writer} />}
          {pairingWith && !toolbar && <PairingBanner writer={writer} />}
        </Suspense>
        <Suspense fallback={null}>
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
              unseen={unseen}
              onSeen={markSeen}
              signedIn={signedIn}
              draft={draft}
              onDraftChange={setDraft}
              onDraftSaved={onSaved}
              onDraftDiscard={closeComposer}
              onChanged={upsert}
              onDeleted={remove}
              onReload={() => void reload()}
              onScope={setScope}
              replyTo={replyTo}
              onClose={() => setScope(null)}
              loadError={loadError}
            />
          )}
          {signedIn && orphansShown && <OrphansPanel annotations={annotations} onDeleted={remove} />}
        </Suspense>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {annotations.length > 0 && (
          <Suspense fallback={null}>
            <PrintNotes annotations={annotations} />
          </Suspense>
        )}
      </EveryoneMayReadContext.Provider>
    </MyClassesContext.Provider>
  );
}
