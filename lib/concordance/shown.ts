/**
 * A rendering as the reader sees it: the canonical Chinese converted to the script shown, its
 * highlighted span carried over by the conversion's offset map (a phrase that changed length
 * keeps its mark whole), and the text split around the mark.
 */
import { sliceCodePoints } from "@/lib/anchoring/code-points";
import type { Span } from "@/lib/alignment/types";
import { convertScript } from "@/lib/script/convert";
import { spanToShown } from "@/lib/script/offset-map";
import type { Script } from "@/lib/script/script";

export interface MarkedText {
  before: string;
  marked: string;
  after: string;
}

/** `text` cut around `span` (code points). */
export function markSpan(text: string, span: Span | null): MarkedText {
  if (!span) return { before: text, marked: "", after: "" };
  return {
    before: sliceCodePoints(text, 0, span.start),
    marked: sliceCodePoints(text, span.start, span.end),
    after: sliceCodePoints(text, span.end),
  };
}

/** `text` (stored in `from`) shown in `to`, cut around `span` given in stored offsets. */
export function markShown(text: string, span: Span, from: Script, to: Script): MarkedText {
  const { text: shown, map } = convertScript(text, from, to);
  return markSpan(shown, map.length ? spanToShown(map, span.start, span.end) : span);
}
