import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { canAdoptFor } from "./can-adopt-for";
import { getSegmentOrThrow } from "./get-segment-or-throw";

/** Lifts the adopted mark of a sentence for a scope. */
export async function removeAdoption(options: { userId: string; segmentId: string; scope: string }): Promise<void> {
  await getSegmentOrThrow(options);
  if (!(await canAdoptFor(options.userId, options.segmentId, options.scope))) throw new HttpError(403, "Only the document's owner, or a teacher of the class, can change what is adopted.");
  await getDb().adoption.deleteMany({ where: { segmentId: options.segmentId, scope: options.scope } });
}
