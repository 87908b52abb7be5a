/** The DTO of a translation: what the API and the compare panel see of one rendering. */
import type { TranslationView, VoteTally } from "@/lib/translations/types";
import type { Prisma } from "../../generated/prisma/client";

export type { TranslationView, VoteTally };

export const translationInclude = {
  version: { select: { name: true, position: true } },
  author: { select: { id: true, name: true } },
  votes: { select: { userId: true, value: true } },
  adoptions: { select: { scope: true } },
} satisfies Prisma.TranslationInclude;

export type TranslationRow = Prisma.TranslationGetPayload<{ include: typeof translationInclude }>;

export function tally(votes: { userId: string; value: number }[], userId: string | null | undefined): VoteTally {
  let up = 0;
  let down = 0;
  let mine = 0;
  for (const v of votes) {
    if (v.value > 0) up++;
    else if (v.value < 0) down++;
    if (userId && v.userId === userId) mine = v.value;
  }
  return { up, down, score: up - down, mine };
}

export function toTranslationView(row: TranslationRow, userId: string | null | undefined, scope = "document"): TranslationView {
  return {
    id: row.id,
    segmentId: row.segmentId,
    kind: row.kind,
    ...(row.versionId ? { versionId: row.versionId, versionName: row.version?.name ?? "" } : {}),
    ...(row.author ? { author: { id: row.author.id, name: row.author.name } } : {}),
    mine: !!userId && row.authorId === userId,
    ...(row.kind === "proposal" && row.visibility ? { visibility: row.visibility } : {}),
    text: row.text,
    revision: row.revision,
    votes: tally(row.votes, userId),
    adopted: row.adoptions.some((a) => a.scope === scope),
  };
}

/** Published versions in picker order, then proposals by score, then oldest first. */
export function byReadingOrder(a: TranslationRow & { _score?: number }, b: TranslationRow & { _score?: number }): number {
  if (a.kind !== b.kind) return a.kind === "published" ? -1 : 1;
  if (a.kind === "published") return (a.version?.position ?? 0) - (b.version?.position ?? 0);
  const score = (r: TranslationRow) => r.votes.reduce((s, v) => s + v.value, 0);
  return score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime();
}
