/**
 * Between DOM and anchors: the reader's sentence elements hold exactly their segment's text, so a
 * selection becomes code-point offsets in that text, and a stored selector becomes a DOM Range.
 * A translation shown in its other script (a twin with `data-script`) is mapped to and from the
 * canonical text through the offset map the server wrote on it (`data-offsets`,
 * lib/script/offset-map.ts): anchors always count code points of the canonical text.
 */
import { SENTENCE, sentenceOf, textRange } from "@/components/reader-contract";
import { codePointToUtf16, utf16ToCodePoint } from "@/lib/anchoring/code-points";
import { describeSpan } from "@/lib/anchoring/text-quote";
import { decodeOffsetMap, spanToCanonical, spanToShown, toCanonical } from "@/lib/script/offset-map";
import { scriptOfLanguage, type Script } from "@/lib/script/script";

export interface SentenceTarget {
  segmentId: string;
  language: string;
  versionId?: string;
  selector: ReturnType<typeof describeSpan>;
}

export { sentenceOf };

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

type StoredTarget = {
  segmentId: string;
  language: string;
  versionId: string | null;
  selector: { start: number; end: number; exact: string };
};

const sentenceKey = (segmentId: string, versionId: string | null | undefined, script?: string) =>
  `${segmentId}|${versionId ?? ""}|${script ?? ""}`;
const indexes = new WeakMap<ParentNode, Map<string, HTMLElement>>();

/**
 * Every sentence element under `root` by segment, version and script, read in one pass: looking
 * each target up with a selector walked the whole text once per note (seconds for 10,000 notes).
 * Read again when the text was re-rendered.
 */
function sentenceIndex(root: ParentNode): Map<string, HTMLElement> {
  const cached = indexes.get(root);
  const any = cached?.values().next().value;
  if (cached && (!any || any.isConnected)) return cached;
  const index = new Map<string, HTMLElement>();
  for (const el of root.querySelectorAll<HTMLElement>(SENTENCE)) {
    const key = sentenceKey(el.dataset.segmentId!, el.dataset.versionId, el.dataset.script);
    if (!index.has(key)) index.set(key, el);
  }
  indexes.set(root, index);
  return index;
}

/** The DOM range a stored target covers, or null when its text is not on the page. */
export function rangeForTarget(root: ParentNode, target: StoredTarget, script: Script = "hant"): Range | null {
  const index = sentenceIndex(root);
  const sentence = index.get(sentenceKey(target.segmentId, target.versionId));
  if (!sentence) return null;
  // One text node, or several when ruby is on (textPoint): the text they spell is the segment's.
  const text = sentence.textContent ?? "";
  const from = codePointToUtf16(text, target.selector.start);
  const to = codePointToUtf16(text, target.selector.end);
  if (text.slice(from, to) !== target.selector.exact) return null; // text changed: do not paint the wrong words
  // In the other script: the twin element, with the span mapped through its offset map.
  const twin =
    target.versionId && script !== scriptOfLanguage(sentence.lang)
      ? index.get(sentenceKey(target.segmentId, target.versionId, script))
      : null;
  if (twin) {
    const twinText = twin.textContent ?? "";
    const span = spanToShown(decodeOffsetMap(twin.dataset.offsets), target.selector.start, target.selector.end);
    return textRange(twin, codePointToUtf16(twinText, span.start), codePointToUtf16(twinText, span.end));
  }
  return textRange(sentence, from, to);
}

/** The Chinese script the reader shows now (the `script` radio; Traditional when absent). */
export const shownScript = (): Script =>
  document.querySelector<HTMLInputElement>('input[name="script"][value="hans"]')?.checked ? "hans" : "hant";

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
