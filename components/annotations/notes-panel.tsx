"use client";
/**
 * The notes panel: beside the text on wide screens, a bottom sheet on phones. It shows the notes
 * on one sentence or on the whole text, the filters, and the note being written.
 */
import { pairOf, revealAboveSheet, scrollToSentence, SENTENCE, segmentPositions, sentenceNumber } from "@/components/reader-contract";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import type { NoteFilters } from "@/lib/annotations/filter-annotations";
import { NOTE_ORDERS, sortNotes, type NoteOrder } from "@/lib/annotations/sort-notes";
import type { AnnotationView } from "@/lib/annotations/types";
import { NoteCard } from "./note-card";
import { NoteComposer } from "./note-composer";
import type { NoteDraft } from "./note-draft";
import { NotesFilters } from "./notes-filters";
import { UndoDeleteBar, useUndoDelete } from "./undo-delete";
import { useSeenOnScreen } from "./use-seen-on-screen";
import { ShareView } from "../share/share-view";

export type PanelScope = { kind: "all" } | { kind: "segment"; segmentId: string };

interface Props {
  documentSlug: string;
  scope: PanelScope;
  annotations: AnnotationView[];
  visible: AnnotationView[];
  filters: NoteFilters;
  onFilters: (filters: NoteFilters) => void;
  activeId: string | null;
  onActivate: (id: string) => void;
  /** Notes that arrived live and are not yet seen; `onSeen` when one has been on screen a moment, or chosen. */
  unseen: ReadonlySet<string>;
  onSeen: (id: string) => void;
  signedIn: boolean;
  draft: NoteDraft | null;
  onDraftChange: (draft: NoteDraft) => void;
  onDraftSaved: (annotation: AnnotationView) => void;
  onDraftDiscard: () => void;
  onChanged: (annotation: AnnotationView) => void;
  onDeleted: (id: string) => void;
  onReload: () => void;
  onScope: (scope: PanelScope) => void;
  /** Open the reply form of this note (R on a sentence); `n` changes on every request. */
  replyTo: { id: string; n: number } | null;
  onClose: () => void;
  loadError: string | null;
}

export function NotesPanel(props: Props) {
  const t = useTranslations("Notes");
  const { scope, visible, activeId } = props;
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A bottom sheet on phones covers the text, so Tab stays inside it there; beside the text it does not.
  useDialogFocus(panel, { trap: () => window.matchMedia("(max-width: 767.98px)").matches, initial: heading });
  const undo = useUndoDelete(props.onChanged);
  const [order, setOrder] = useState<NoteOrder>("text");
  const shown = useMemo(() => {
    const inScope = scope.kind === "segment" ? visible.filter((a) => a.targets.some((t) => t.segmentId === scope.segmentId)) : visible;
    const positions = segmentPositions();
    return sortNotes(inScope, order, (segmentId) => positions.get(segmentId));
  }, [scope, visible, order]);

  useEffect(() => {
    if (!activeId) return;
    const card = panel.current?.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(activeId)}"]`);
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    // A saved composer leaves focus nowhere: put it on the note just saved.
    if (card && (!document.activeElement || document.activeElement === document.body)) card.focus();
  }, [activeId, scope]);

  useSeenOnScreen(panel, props.unseen, props.onSeen);
  const firstUnseen = shown.find((a) => props.unseen.has(a.id));
  const unseenShown = firstUnseen ? shown.filter((a) => props.unseen.has(a.id)).length : 0;

  // On a phone the panel is a bottom sheet: the sentence being annotated (or whose notes these are) stays above it.
  const draftTarget = props.draft?.targets[0];
  const revealed = draftTarget
    ? `${draftTarget.segmentId} ${draftTarget.versionId ?? ""}`
    : scope.kind === "segment"
      ? scope.segmentId
      : null;
  useLayoutEffect(() => {
    if (!revealed) return;
    const [segmentId, versionId] = revealed.split(" ");
    const pair = document.querySelector<HTMLElement>(pairOf(segmentId!));
    const sentence = [...(pair?.querySelectorAll<HTMLElement>(SENTENCE) ?? [])].find(
      (s) => s.offsetParent !== null && (versionId === undefined || (s.dataset.versionId ?? "") === versionId),
    );
    const target = sentence ?? pair;
    if (target) revealAboveSheet(target);
  }, [revealed]);

  // The latest props, for a key pressed before an effect could re-register (just after a save).
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !latest.current.draft) latest.current.onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const sentenceHeading = (segmentId: string) => {
    const number = sentenceNumber(segmentId);
    return number ? t("notesOnSentence", { number }) : t("notesOnThisSentence");
  };

  const focusSentence = (annotation: AnnotationView) => {
    props.onActivate(annotation.id);
    props.onSeen(annotation.id);
    const target = annotation.targets[0];
    if (target) scrollToSentence(target.segmentId);
  };

  return (
    <aside className="side-panel notes-panel" aria-label={t("panel")} ref={panel} data-bottom-sheet>
      <header className="notes-panel-header">
        <h2 ref={heading} tabIndex={-1}>
          {scope.kind === "segment" ? sentenceHeading(scope.segmentId) : t("allNotes")}
        </h2>
        {scope.kind === "segment" && (
          <button type="button" className="link-button" onClick={() => props.onScope({ kind: "all" })}>
            {t("allNotes")}
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t("close")} onClick={props.onClose}>
          ×
        </button>
      </header>
      <NotesFilters annotations={props.annotations} filters={props.filters} onChange={props.onFilters} />
      <label className="notes-order">
        {t("order")}{" "}
        <select value={order} onChange={(e) => setOrder(e.target.value as NoteOrder)} aria-label={t("order")}>
          {NOTE_ORDERS.map((value) => (
            <option key={value} value={value}>
              {t(`orders.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {props.draft && (
        <NoteComposer
          documentSlug={props.documentSlug}
          draft={props.draft}
          onChange={props.onDraftChange}
          onSaved={props.onDraftSaved}
          onCancel={props.onDraftDiscard}
        />
      )}
      {props.loadError && (
        <p className="form-error" role="alert">
          {props.loadError}{" "}
          <button type="button" className="link-button" onClick={props.onReload}>
            {t("tryAgain")}
          </button>
        </p>
      )}
      {firstUnseen && (
        <p className="notes-unseen">
          <button type="button" className="link-button" onClick={() => props.onActivate(firstUnseen.id)}>
            {t("showNew", { count: unseenShown })}
          </button>
        </p>
      )}
      <UndoDeleteBar undo={undo} fallbackFocus={heading} />
      <div className="notes-list">
        {shown.length === 0 && !props.draft ? (
          <p className="notes-empty">{props.signedIn ? t("emptySignedIn") : t("emptySignedOut")}</p>
        ) : (
          shown.map((annotation) => (
            <NoteCard
              key={annotation.id}
              annotation={annotation}
              active={annotation.id === activeId}
              signedIn={props.signedIn}
              onSelect={() => focusSentence(annotation)}
              onChanged={props.onChanged}
              onDeleted={(id) => {
                props.onDeleted(id);
                undo.offer(id);
              }}
              onReload={props.onReload}
              onTag={(tag) => props.onFilters({ ...props.filters, tag })}
              replyRequest={props.replyTo?.id === annotation.id ? props.replyTo.n : 0}
              sentence={scope.kind === "all" && annotation.targets[0] ? sentenceNumber(annotation.targets[0].segmentId) : null}
              unseen={props.unseen.has(annotation.id)}
            />
          ))
        )}
      </div>
      <footer className="notes-panel-footer">
        {props.signedIn && (
          <details className="share-details">
            <summary>{t("shareThisView")}</summary>
            <ShareView documentSlug={props.documentSlug} notes={visible} filters={props.filters} focus={activeId} />
          </details>
        )}
        <a href={`/api/documents/${encodeURIComponent(props.documentSlug)}/annotations.jsonld`} download>
          {t("exportJsonLd")}
        </a>
      </footer>
    </aside>
  );
}
