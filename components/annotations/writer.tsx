"use client";
/**
 * What writing on the reader does: highlight, start a note, pair words with their counterpart in
 * the other language (and the banner while a pair waits), reply from the keyboard. The notes layer
 * (annotation-layer.tsx) holds the state; this code loads with the first selection toolbar, the
 * first sentence key or the first margin "+", not with every visitor's page.
 */
import type { useTranslations } from "next-intl";
import { textRange, type CounterpartLit } from "@/components/reader-contract";
import { codePointToUtf16 } from "@/lib/anchoring/code-points";
import type { AnnotationView } from "@/lib/annotations/types";
import type { HighlightColor } from "./color-swatches";
import { selectedWords, wholeSentenceTarget, type SentenceTarget } from "./dom-anchors";
import type { NoteDraft } from "./note-draft";
import type { PanelScope } from "./notes-panel";
import type { ChooseWords, ChosenWords } from "./sentence-keys";
import type { Toolbar } from "./use-selection-toolbar";

/** The notes layer's state and setters, as at its last render. */
export interface WriterState {
  documentSlug: string;
  signedIn: boolean;
  /** The notes the filters let through (R replies to the latest on its sentence). */
  visible: AnnotationView[];
  defaultAudience: Partial<NoteDraft>;
  pairingWith: SentenceTarget | null;
  /** What word links last lit: a pair started from those words starts from their counterpart. */
  lit: { current: CounterpartLit | null };
  t: ReturnType<typeof useTranslations<"Annotations">>;
  k: ReturnType<typeof useTranslations<"KeyboardAnnouncements">>;
  announce: (message: string) => void;
  upsert: (annotation: AnnotationView) => void;
  setDraft: (draft: NoteDraft | null) => void;
  setScope: (scope: PanelScope | null) => void;
  setActiveId: (id: string | null) => void;
  setReplyTo: (replyTo: { id: string; n: number } | null) => void;
  setToolbar: (toolbar: Toolbar) => void;
  setPairingWith: (target: SentenceTarget | null) => void;
}

export function startNote(w: WriterState, targets: SentenceTarget[]) {
  // The drafts' code loads with the first note written.
  void import("./note-draft").then(({ newDraft }) => {
    w.setDraft(newDraft(targets, w.defaultAudience));
    w.setScope({ kind: "segment", segmentId: targets[0]!.segmentId });
  });
  w.setToolbar(null);
  w.setPairingWith(null);
  window.getSelection()?.removeAllRanges();
}

/** The margin's "+": a note on the whole sentence. */
export function writeOn(w: WriterState, sentence: HTMLElement) {
  const target = wholeSentenceTarget(sentence);
  if (target) startNote(w, [target]);
}

export async function quickHighlight(w: WriterState, target: SentenceTarget, color: HighlightColor) {
  w.setToolbar(null);
  window.getSelection()?.removeAllRanges();
  // The saving code loads with the first highlight, not with the first selection.
  const [{ saveWithRetries }, { draftPayload, newDraft }] = await Promise.all([import("./use-durable-save"), import("./note-draft")]);
  const draftForHighlight = newDraft([target], { color, motivation: "highlighting" });
  const result = await saveWithRetries<AnnotationView>(
    "/api/annotations",
    draftPayload(w.documentSlug, draftForHighlight),
    draftForHighlight.key,
  );
  if (result.ok) {
    w.upsert(result.data);
    w.announce(w.t("highlightSaved"));
  } else w.announce(w.t("highlightNotSaved", { error: result.error }));
}

function counterpartOf(w: WriterState, words: ChosenWords | null | undefined) {
  const lit = w.lit.current;
  return lit && words && lit.sentence === words.sentence && lit.start === words.start && lit.end === words.end && lit.other.isConnected
    ? lit
    : null;
}

/** UTF-16 offsets of the counterpart in its sentence's text. */
function counterpartSpan(lit: CounterpartLit) {
  const text = lit.other.textContent ?? "";
  return { start: codePointToUtf16(text, lit.otherStart), end: codePointToUtf16(text, lit.otherEnd) };
}

/** "Pair…" on the selection toolbar: these words wait for their counterpart, selected on the other side when word links know it. */
export function startPair(w: WriterState, target: SentenceTarget | null) {
  const lit = counterpartOf(w, selectedWords(window.getSelection()));
  w.setPairingWith(target);
  w.setToolbar(null);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  // The words' aligned counterpart is selected on the other side: "Pair with …" offers it, and any other selection replaces it.
  const span = lit && counterpartSpan(lit);
  const range = lit && span && textRange(lit.other, span.start, span.end);
  if (lit && range) {
    selection?.addRange(range);
    w.announce(w.t("counterpartSelected", { counterpart: lit.counterpart }));
  } else w.announce(w.t("selectCounterpart"));
}

/** P on a sentence or chosen words: starts a pair, or completes the one started in the other language. */
export function pairFromKeys(w: WriterState, target: SentenceTarget, words: ChosenWords | undefined, chooseWords: ChooseWords) {
  const { pairingWith } = w;
  if (pairingWith && pairingWith.language !== target.language) return startNote(w, [pairingWith, target]);
  w.setPairingWith(target);
  // From chosen words: their aligned counterpart is chosen on the other side, ready for P (or Shift+arrows).
  const lit = counterpartOf(w, words);
  const span = lit && counterpartSpan(lit);
  if (lit && span && chooseWords(lit.other, span.start, span.end) !== null) {
    w.announce(w.k("pairStartedWith", { words: target.selector.exact, counterpart: lit.counterpart }));
  } else w.announce(w.k("pairStarted", { words: target.selector.exact }));
}

/** R on a sentence: a reply to its latest note. */
export function reply(w: WriterState, segmentId: string) {
  const latest = [...w.visible].reverse().find((a) => a.targets.some((t) => t.segmentId === segmentId));
  if (!latest) return w.announce(w.k("nothingToReply"));
  if (!w.signedIn) return w.announce(w.k("signInToAnnotate"));
  w.setScope({ kind: "segment", segmentId });
  w.setActiveId(latest.id);
  w.setReplyTo({ id: latest.id, n: Date.now() });
}

/** While a pair waits for its other half (and no toolbar shows): what waits, and Cancel. */
export function PairingBanner({ writer: { pairingWith, t, setPairingWith } }: { writer: WriterState }) {
  return (
    <div className="pairing-banner" role="status">
      {t("pairingBanner", { words: pairingWith!.selector.exact })}{" "}
      <button type="button" className="link-button" onClick={() => setPairingWith(null)}>
        {t("cancel")}
      </button>
    </div>
  );
}
