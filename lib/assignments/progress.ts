/**
 * What an assignment's counts mean (issue 16.1), pure so the table, the home page and the
 * gradebook agree: a student is done when every expectation is met, late when they met them only
 * with work written after the due date, and their status follows.
 */
export interface Expectations {
  notes: number;
  replies: number;
  proposals: number;
  votes: number;
}
export type Kind = keyof Expectations;
export const KINDS: readonly Kind[] = ["notes", "replies", "proposals", "votes"];

export type AssignmentStatus = "not_started" | "in_progress" | "done" | "late";

const meets = (counts: Expectations, expected: Expectations) => KINDS.every((k) => counts[k] >= expected[k]);

/** `onTime` and `late` count the work written before and after the due date (late work only when it counts). */
export function progressOf(expected: Expectations, onTime: Expectations, late: Expectations) {
  const total = Object.fromEntries(KINDS.map((k) => [k, onTime[k] + late[k]])) as unknown as Expectations;
  const done = meets(total, expected);
  return { ...total, done, late: done && !meets(onTime, expected) };
}

export function statusOf(progress: Expectations & { done: boolean; late: boolean }, dueAt: Date, now = new Date()): AssignmentStatus {
  if (progress.done) return progress.late ? "late" : "done";
  if (now.getTime() > dueAt.getTime()) return "late";
  return KINDS.some((k) => progress[k] > 0) ? "in_progress" : "not_started";
}

/** Points from the teacher's weights; late work earns `weights.late` of its points. Rounded to 2 decimals. */
export function scoreOf(onTime: Expectations, late: Expectations, weights: Expectations & { late: number }): number {
  const points = KINDS.reduce((sum, k) => sum + weights[k] * (onTime[k] + late[k] * weights.late), 0);
  return Math.round(points * 100) / 100;
}
