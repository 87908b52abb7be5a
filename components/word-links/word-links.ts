/**
 * Fetches a sentence's word links (GET /api/segments/{id}/word-alignment) when the pointer or a
 * selection is on it, and paints the word under the pointer (or the selected words) with its
 * counterpart in the other language, as one CSS highlight. Offsets are code points of the
 * canonical text; a Simplified twin has the same code points, so they apply to either script.
 */
import { counterpartLit, englishOf, SENTENCE, shownTranslationOf, WORD_LINK_HIGHLIGHT } from "@/components/reader-contract";
import { codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from "@/lib/anchoring/code-points";
import type { Span, WordLink } from "@/lib/alignment/types";

const cache = new Map<string, Promise<WordLink[]>>();

function linksFor(segmentId: string, versionId: string): Promise<WordLink[]> {
  const key = `${segmentId}|${versionId}`;
  let found = cache.get(key);
  if (!found) {
    const url = `/api/segments/${encodeURIComponent(segmentId)}/word-alignment?version=${encodeURIComponent(versionId)}`;
    found = fetch(url, { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ links: WordLink[] }>) : { links: [] }))
      .then((body) => body.links)
      .catch(() => []);
    cache.set(key, found);
  }
  return found;
}

/** A DOM Range over code points [start, end) of a sentence element's text. */
function rangeOf(sentence: HTMLElement, span: Span): Range | null {
  const text = sentence.textContent ?? "";
  let from = codePointToUtf16(text, span.start);
  let to = codePointToUtf16(text, span.end);
  const range = document.createRange();
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && from <= length) {
      range.setStart(node, from);
      started = true;
    }
    if (started && to <= length) {
      range.setEnd(node, to);
      return range;
    }
    from -= length;
    to -= length;
  }
  return null;
}

/** Spans in order, overlapping or touching ones made one. */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Code-point offset within `sentence` of a DOM point. */
function offsetIn(sentence: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(sentence);
  range.setEnd(node, offset);
  const before = range.toString();
  return utf16ToCodePoint(before, before.length);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startContainer === range.endContainer ? range.startOffset : 0 } : null;
}

export function startWordLinks(text: HTMLElement, first: Event): () => void {
  const highlights = CSS.highlights;
  let request = 0;
  const clear = () => {
    request++;
    highlights.delete(WORD_LINK_HIGHLIGHT);
  };

  /** Lights the links of `sentence` that touch code points [start, end) of it. */
  const light = async (sentence: HTMLElement, start: number, end: number) => {
    const mine = ++request;
    const segmentId = sentence.dataset.segmentId!;
    const english = sentence.dataset.versionId ? englishOf(segmentId) : sentence;
    const chinese = sentence.dataset.versionId ? sentence : shownTranslationOf(segmentId);
    const versionId = chinese?.dataset.versionId;
    if (!english || !chinese || !versionId) return clear();
    const links = await linksFor(segmentId, versionId);
    if (mine !== request) return;
    const side = sentence === english ? "en" : "zh";
    const hit = links.filter((l) => l[side].start < Math.max(end, start + 1) && start < l[side].end);
    const ranges = hit.flatMap((l) => [rangeOf(english, l.en), rangeOf(chinese, l.zh)]).filter((r): r is Range => r !== null);
    if (ranges.length === 0) return void highlights.delete(WORD_LINK_HIGHLIGHT);
    highlights.set(WORD_LINK_HIGHLIGHT, new Highlight(...ranges));
    const other = side === "en" ? chinese : english;
    const spans = mergeSpans(hit.map((l) => l[side === "en" ? "zh" : "en"]));
    const otherText = other.textContent ?? "";
    counterpartLit.dispatch({
      sentence,
      start,
      end,
      words: sliceCodePoints(sentence.textContent ?? "", start, end),
      other,
      otherStart: spans[0]!.start,
      otherEnd: spans.at(-1)!.end,
      counterpart: spans.map((s) => sliceCodePoints(otherText, s.start, s.end)).join(" … "),
    });
  };

  const onMove = (event: PointerEvent) => {
    const sentence = (event.target as Element | null)?.closest?.<HTMLElement>(SENTENCE);
    if (!sentence || !text.contains(sentence)) return clear();
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && text.contains(selection.anchorNode)) return; // a selection wins
    const caret = caretAt(event.clientX, event.clientY);
    if (!caret || !sentence.contains(caret.node)) return;
    const at = offsetIn(sentence, caret.node, caret.offset);
    void light(sentence, at, at + 1);
  };
  const onSelection = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const sentence = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>(SENTENCE);
    if (!sentence || !text.contains(sentence) || !sentence.contains(range.endContainer)) return;
    void light(
      sentence,
      offsetIn(sentence, range.startContainer, range.startOffset),
      offsetIn(sentence, range.endContainer, range.endOffset),
    );
  };
  const onLeave = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) clear();
  };

  text.addEventListener("pointermove", onMove);
  text.addEventListener("pointerleave", onLeave);
  document.addEventListener("selectionchange", onSelection);
  if (first instanceof PointerEvent) onMove(first);
  else onSelection();
  return () => {
    text.removeEventListener("pointermove", onMove);
    text.removeEventListener("pointerleave", onLeave);
    document.removeEventListener("selectionchange", onSelection);
    clear();
  };
}
