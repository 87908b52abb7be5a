import "server-only";
import { takeSlot, type Limit } from "../rate-limit";
import { positiveInteger } from "@/lib/positive-integer";

/**
 * Imports per user per hour (IMPORTS_PER_HOUR, default 20). Each import segments and aligns up to
 * two 200,000-character texts in a worker, a second or two of a core; a teacher importing a term's
 * letters stays well under the default, a script looping on the endpoint does not.
 */
export function importLimit(): Limit {
  return { bucket: "import", max: positiveInteger(process.env.IMPORTS_PER_HOUR) ?? 20, windowMinutes: 60 };
}

/** Counts an import by `userId`; 429 (code rate_limited, Retry-After) once they made IMPORTS_PER_HOUR this hour. */
export async function takeImportSlot(userId: string): Promise<void> {
  const limit = importLimit();
  await takeSlot(limit, userId, `You have imported ${limit.max} documents in the last hour, the most allowed. Try again in an hour.`);
}
