import "server-only";
import type { z } from "zod";
import type { promptSchema } from "@/lib/validation/assignments";
import { HttpError } from "../../http/errors";
import { numbering } from "./assignment-view";

type Segment = { id: string; index: number; kind: string };

const unknownSentence = (what: string) =>
  new HttpError(422, `${what} is not a sentence of this text.`, { code: "assignment_sentence_unknown" });

/** Sentence numbers (as the reader shows them) to the segment indices stored; 422 `assignment_sentence_unknown` for one the text lacks. */
export function resolveRange(segments: Segment[], range: { from: number; to: number } | null | undefined) {
  if (!range) return { fromIndex: null, toIndex: null };
  const { indexOf } = numbering(segments);
  const fromIndex = indexOf.get(range.from);
  const toIndex = indexOf.get(range.to);
  if (fromIndex === undefined) throw unknownSentence(`Sentence ${range.from}`);
  if (toIndex === undefined) throw unknownSentence(`Sentence ${range.to}`);
  return { fromIndex, toIndex };
}

/** Each prompt's segment, named by sentence number or segment id; it must lie in the range when there is one. */
export function resolvePrompts(
  segments: Segment[],
  prompts: z.infer<typeof promptSchema>[] | undefined,
  range: { fromIndex: number | null; toIndex: number | null },
) {
  const { indexOf } = numbering(segments);
  return (prompts ?? []).map((prompt, position) => {
    const ref = prompt.segmentId ?? prompt.sentence;
    const segment = typeof ref === "number" ? segments.find((s) => s.index === indexOf.get(ref)) : segments.find((s) => s.id === ref);
    if (!segment) throw unknownSentence(`Prompt ${position + 1}'s sentence`);
    if (range.fromIndex !== null && range.toIndex !== null && (segment.index < range.fromIndex || segment.index > range.toIndex))
      throw new HttpError(422, `Prompt ${position + 1} is on a sentence outside the assignment's range.`, {
        code: "prompt_outside_range",
      });
    return { segmentId: segment.id, text: prompt.text, position };
  });
}
