/** What the compare panel receives from the translations API (see server/data/translations). */
import type { RenderingPair } from "@/lib/alignment/rendering-pairs";
import type { DiffOp } from "@/lib/diff/diff";
import type { TranslationView } from "@/lib/translations/types";

export type { VoteTally } from "@/lib/translations/types";
/** One rendering of a sentence, as GET /api/segments/{id}/translations lists it. */
export type Rendering = TranslationView;

export interface ComparisonResult {
  a: { id: string; label: string; text: string };
  b: { id: string; label: string; text: string };
  ops: DiffOp[];
  distance: number;
  /** What each version made of each aligned English word, when both are published versions that differ more than a little. */
  pairs?: RenderingPair[];
}
