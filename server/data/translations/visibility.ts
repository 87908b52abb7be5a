/**
 * Who may see which translation: the one rule every list, compare, vote and adoption goes through.
 * Published translations are seen by whoever may read their document. A proposal follows its
 * visibility: public for everyone, private for its author, class for the members of its class.
 * A withdrawn proposal is seen by nobody.
 */
import type { Prisma } from "../../generated/prisma/client";
import { visibleDocumentsWhere } from "../documents/visibility";

export function visibleTranslationsWhere(userId: string | null | undefined): Prisma.TranslationWhereInput {
  const proposalRules: Prisma.TranslationWhereInput[] = [{ visibility: "public" }];
  if (userId) {
    proposalRules.push({ authorId: userId });
    proposalRules.push({ visibility: "class", class: { memberships: { some: { userId } } } });
  }
  return {
    segment: { document: visibleDocumentsWhere({ userId }) },
    OR: [{ kind: "published" }, { kind: "proposal", withdrawnAt: null, OR: proposalRules }],
  };
}
