/**
 * Text-quote and text-position selectors (W3C Web Annotation) inside one segment's text.
 * A highlight is stored as data, not DOM: the quoted words (`exact`), a little context on each
 * side (`prefix`, `suffix`) and their position (`start`, `end` exclusive), all in code points of
 * the segment text. The server refuses a selector that does not describe its text.
 */
import { codePointLength, sliceCodePoints } from "./code-points";

export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** How much context each side keeps: enough to tell repeated words apart within a sentence. */
export const CONTEXT_LENGTH = 32;

/** The selector for code points [start, end) of `text`. */
export function describeSpan(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextSelector {
  const length = codePointLength(text);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= length)) {
    throw new RangeError(`Span ${start}-${end} is not inside a text of ${length} code points.`);
  }
  return {
    exact: sliceCodePoints(text, start, end),
    prefix: sliceCodePoints(text, Math.max(0, start - context), start),
    suffix: sliceCodePoints(text, end, Math.min(length, end + context)),
    start,
    end,
  };
}

export type SelectorCheck = { ok: true } | { ok: false; error: string };

/** Whether `selector` describes `text` exactly: the quote at its position, with its context around it. */
export function checkSelector(text: string, selector: TextSelector): SelectorCheck {
  const { exact, prefix, suffix, start, end } = selector;
  const length = codePointLength(text);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= length)) {
    return { ok: false, error: `start and end must satisfy 0 <= start < end <= ${length} (code points of the text).` };
  }
  if (sliceCodePoints(text, start, end) !== exact) return { ok: false, error: "exact does not match the text between start and end." };
  const before = sliceCodePoints(text, 0, start);
  const after = sliceCodePoints(text, end);
  if (!before.endsWith(prefix)) return { ok: false, error: "prefix does not match the text before the quote." };
  if (!after.startsWith(suffix)) return { ok: false, error: "suffix does not match the text after the quote." };
  return { ok: true };
}
