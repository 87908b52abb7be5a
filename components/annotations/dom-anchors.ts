/**
 * Between DOM and anchors: the reader's sentence elements hold exactly their segment's text, so a
 * selection becomes code-point offsets in that text, and a stored selector becomes a DOM Range.
 * A translation shown in its other script (a twin with `data-script`) is mapped to and from the
 * canonical text through the offset map the server wrote on it (`data-offsets`,
 * lib/script/offset-map.ts): anchors always count code points of the canonical text.
 */
import { sentenceOf } from "@/components/reader-contract";
import { utf16ToCodePoint } from "@/lib/anchoring/code-points";
import { describeSpan } from "@/lib/anchoring/text-quote";
import { decodeOffsetMap, spanToCanonical, toCanonical } from "@/lib/script/offset-map";
import type { AnnotationView } from "@/lib/annotations/types";
import type { Toolbar } from "./use-selection-toolbar";

export interface SentenceTarget {
  segmentId: string;
  language: string;
  versionId?: string;
  selector: ReturnType<typeof describeSpan>;
}

export { sentenceOf };
// Painting needs only these (dom-ranges.ts); what turns a selection or a click into a target loads on first use.
export { rangeForTarget, shownScript } from "./dom-ranges";

/** UTF-16 offset of (node, offset) within `sentence`'s text. */
function offsetIn(sentence: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(sentence);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The element holding the canonical text of a sentence element (itself, unless it is a converted twin). */
function canonicalOf(sentence: HTMLElement): HTMLElement {
  if (!sentence.dataset.script) return sentence;
  const selector = `.sentence[data-segment-id="${CSS.escape(sentence.dataset.segmentId!)}"][data-version-id="${CSS.escape(sentence.dataset.versionId!)}"]:not([data-script])`;
  return sentence.parentElement?.querySelector<HTMLElement>(selector) ?? sentence;
}

/** The target for a span of one sentence, with its edges trimmed of white space. */
export function targetFromOffsets(displayed: HTMLElement, startUtf16: number, endUtf16: number): SentenceTarget | null {
  const sentence = canonicalOf(displayed);
  const shown = displayed.textContent ?? "";
  const text = sentence.textContent ?? "";
  let from = Math.min(startUtf16, endUtf16);
  let to = Math.max(startUtf16, endUtf16);
  while (from < to && /\s/.test(shown[from]!)) from++;
  while (to > from && /\s/.test(shown[to - 1]!)) to--;
  let start = utf16ToCodePoint(shown, from);
  let end = utf16ToCodePoint(shown, to);
  if (end <= start) return null;
  // A span of a converted twin is stored against the canonical text; an edge inside a phrase whose
  // length changed takes the whole phrase (see lib/script/offset-map.ts).
  if (sentence !== displayed) ({ start, end } = spanToCanonical(decodeOffsetMap(displayed.dataset.offsets), start, end));
  return {
    segmentId: sentence.dataset.segmentId!,
    language: sentence.lang,
    ...(sentence.dataset.versionId ? { versionId: sentence.dataset.versionId } : {}),
    selector: describeSpan(text, start, end),
  };
}

export type SelectionResult = { target: SentenceTarget; range: Range } | { error: string } | null;

/** The current selection as a target, if it lies within one sentence. */
export function targetFromSelection(selection: Selection | null): SelectionResult {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = sentenceOf(range.startContainer);
  const end = sentenceOf(range.endContainer);
  if (!start && !end) return null;
  if (!start || start !== end) return { error: "Select words within one sentence, or use + beside a sentence to note all of it." };
  const target = targetFromOffsets(
    start,
    offsetIn(start, range.startContainer, range.startOffset),
    offsetIn(start, range.endContainer, range.endOffset),
  );
  return target ? { target, range } : null;
}

/** The selection toolbar for the current selection (use-selection-toolbar.ts): where, and for what; null: none. */
export function toolbarForSelection(selection: Selection | null): Toolbar {
  const result = targetFromSelection(selection);
  if (!result) return null;
  return {
    rect: selection!.getRangeAt(0).getBoundingClientRect(),
    target: "target" in result ? result.target : null,
    error: "error" in result ? result.error : null,
  };
}

/** The selection as code points [start, end) of its sentence's text, as word links count them; null unless within one sentence. */
export function selectedWords(selection: Selection | null): { sentence: HTMLElement; start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const sentence = sentenceOf(range.startContainer);
  if (!sentence || sentence !== sentenceOf(range.endContainer)) return null;
  const text = sentence.textContent ?? "";
  return {
    sentence,
    start: utf16ToCodePoint(text, offsetIn(sentence, range.startContainer, range.startOffset)),
    end: utf16ToCodePoint(text, offsetIn(sentence, range.endContainer, range.endOffset)),
  };
}

/** The whole sentence as a target. */
export function wholeSentenceTarget(sentence: HTMLElement): SentenceTarget | null {
  return targetFromOffsets(sentence, 0, (sentence.textContent ?? "").length);
}

/** Sentence and code-point offset (in the canonical text) under a screen point, for clicks on highlights. */
export function pointInSentence(x: number, y: number): { sentence: HTMLElement; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  let node: Node | undefined;
  let offset = 0;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) ({ offsetNode: node, offset } = position);
  else {
    const range = document.caretRangeFromPoint?.(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  const sentence = node ? sentenceOf(node) : null;
  if (!sentence || !node) return null;
  const shown = utf16ToCodePoint(sentence.textContent ?? "", offsetIn(sentence, node, offset));
  // In a twin, a point inside a changed phrase counts as the phrase's first character.
  return { sentence, offset: sentence.dataset.script ? toCanonical(decodeOffsetMap(sentence.dataset.offsets), shown, "start") : shown };
}

/** The latest of `annotations` painted under a screen point (a click on a highlight), with the sentence's segment. */
export function noteAtPoint(annotations: AnnotationView[], x: number, y: number): { id: string; segmentId: string } | null {
  const point = pointInSentence(x, y);
  if (!point) return null;
  const { sentence, offset } = point;
  const hit = [...annotations]
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
  return hit ? { id: hit.id, segmentId: sentence.dataset.segmentId! } : null;
}
