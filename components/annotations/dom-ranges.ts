/**
 * From stored anchors to the DOM, for painting highlights: a stored target becomes a Range over
 * the sentence element that shows it (or its twin in the other script, through the twin's offset
 * map). The other way, from a selection or a click to an anchor, is in dom-anchors.ts, which
 * loads when someone first selects, clicks or types a sentence key.
 */
import { SENTENCE, textRange } from "@/components/reader-contract";
import { codePointToUtf16 } from "@/lib/anchoring/code-points";
import { decodeOffsetMap, spanToShown } from "@/lib/script/offset-map";
import { scriptOfLanguage, type Script } from "@/lib/script/script";

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
