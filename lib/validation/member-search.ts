/** GET /api/classes/{id}/member-search: a name fragment and how many members to answer. */
import { z } from "zod";
import { MENTIONS } from "../limits";
import { queryText } from "./queries";

export const memberSearchQuerySchema = z.object({
  q: queryText(MENTIONS.queryLength),
  limit: z.coerce
    .number({ error: "limit: give a whole number." })
    .int("limit: give a whole number.")
    .min(1, "limit: at least 1.")
    .max(MENTIONS.search.max, `limit: at most ${MENTIONS.search.max}.`)
    .default(MENTIONS.search.default),
});
export type MemberSearchQuery = z.infer<typeof memberSearchQuerySchema>;

/** One member as the editor's @ list shows them. */
export interface MemberMatch {
  id: string;
  name: string;
  role: "teacher" | "student";
}
