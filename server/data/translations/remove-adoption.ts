import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { canAdoptFor } from "./can-adopt-for";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { requireScope } from "./require-scope";

/** Lifts the adopted mark of a sentence for a scope (a class scope the caller is not in: 404, as for an unknown class). */
export async function removeAdoption(options: { userId: string; segmentId: string; scope: string }): Promise<void> {
  await getSegmentOrThrow(options);
  await requireScope(options);
  if (!(await canAdoptFor(options.userId, options.segmentId, options.scope)))
    throw new HttpError(403, "Only the document's owner, or a teacher of the class, can change what is adopted.", {
      code: "adoption_change_not_allowed",
    });
  await getDb().adoption.deleteMany({ where: { segmentId: options.segmentId, scope: options.scope } });
}
