/** What the compare panel receives from the translations API (see src/server/data/translations). */
import type { DiffOp } from "@/lib/diff/diff";

export interface VoteTally {
  up: number;
  down: number;
  score: number;
  mine: number;
}

export interface Rendering {
  id: string;
  segmentId: string;
  kind: "published" | "proposal";
  versionId?: string;
  versionName?: string;
  author?: { id: string; name: string };
  mine: boolean;
  text: string;
  votes: VoteTally;
  adopted: boolean;
}

export interface ComparisonResult {
  a: { id: string; label: string; text: string };
  b: { id: string; label: string; text: string };
  ops: DiffOp[];
  distance: number;
}

export const renderingLabel = (r: Rendering) => r.versionName ?? `Proposal by ${r.author?.name ?? "a reader"}${r.mine ? " (yours)" : ""}`;
