/**
 * Who may see which annotation: the one rule every list, read, export and live event goes
 * through. A reader sees, on documents they may read:
 * - their own notes;
 * - public notes not hidden by a moderator;
 * - `class` notes of a class they belong to, unless the teacher hid them (a hidden class note is
 *   seen only by its author and the class's teachers).
 * Deleted notes are seen by nobody.
 */
import type { Prisma } from "../../generated/prisma/client";
import { visibleDocumentsWhere } from "../documents/visibility";
import { isTeacher } from "@/lib/classes/roles";
import { teachesClassWhere } from "../classes/membership";

/** The rule without the deleted-at check: used to decide who is told that a note went away. */
export function readableAnnotationsWhere(userId: string | null | undefined): Prisma.AnnotationWhereInput {
  const readable: Prisma.AnnotationWhereInput[] = [{ visibility: "public", hidden: false }];
  if (userId) {
    readable.push({ authorId: userId });
    readable.push({ visibility: "class", hidden: false, class: { memberships: { some: { userId } } } });
    readable.push({ visibility: "class", class: teachesClassWhere(userId) });
  }
  return { document: visibleDocumentsWhere({ userId }), OR: readable };
}

export function visibleAnnotationsWhere(userId: string | null | undefined): Prisma.AnnotationWhereInput {
  return { deletedAt: null, ...readableAnnotationsWhere(userId) };
}

/** What an annotation looked like for visibility purposes, before a change (kept in live events). */
export interface VisibilityState {
  authorId: string;
  visibility: string;
  classId: string | null;
  hidden: boolean;
}

/**
 * The same rule, for a state an annotation no longer has: could `userId` see a note in `state`?
 * `role` is the user's role in `state.classId` (null when not a member). Kept beside the query
 * form above so the two cannot drift; the document check is done by the caller.
 */
export function couldSee(userId: string | null, state: VisibilityState, role: "teacher" | "student" | null): boolean {
  if (state.visibility === "public" && !state.hidden) return true;
  if (!userId) return false;
  if (state.authorId === userId) return true;
  if (state.visibility === "class" && state.classId && role) return !state.hidden || isTeacher(role);
  return false;
}
