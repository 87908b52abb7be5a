import "server-only";
import type { AssignmentStatus, Expectations } from "@/lib/assignments/progress";
import { getDb } from "../../db";
import { requireMembership } from "../classes/membership";
import { assignmentInclude, toAssignmentView } from "./assignment-view";
import { progressRows } from "./get-assignment-progress";
import { listMyAssignments } from "./list-my-assignments";
import { isTeacher } from "@/lib/classes/roles";

export interface AssignmentSummary {
  id: string;
  classId: string;
  className: string;
  title: string;
  document: { slug: string; title: string; url: string };
  dueAt: string;
  expectations: Expectations;
  progress: (Expectations & { status: AssignmentStatus }) | null;
  classDone: { done: number; students: number } | null;
}

/**
 * The class page's list (members only, 404 otherwise): the latest `take` assignments, each with
 * the caller's own progress (a student) or how many students are done (a teacher).
 */
export async function listAssignmentSummaries(options: { userId: string; classId: string; take?: number }): Promise<AssignmentSummary[]> {
  const role = await requireMembership(options);
  const db = getDb();
  const [rows, students] = await Promise.all([
    db.assignment.findMany({
      where: { classId: options.classId },
      include: assignmentInclude,
      orderBy: [{ dueAt: "desc" }, { id: "asc" }],
      take: options.take ?? 50,
    }),
    db.membership.findMany({
      where: { classId: options.classId, role: "student", ...(isTeacher(role) ? {} : { userId: options.userId }) },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return Promise.all(
    rows.map(async (row) => {
      const progress = await progressRows(
        row,
        students.map((s) => s.user),
      );
      const view = toAssignmentView(row);
      const mine = role === "student" ? (progress[0] ?? null) : null;
      return {
        id: view.id,
        classId: view.class.id,
        className: view.class.name,
        title: view.title,
        document: view.document,
        dueAt: view.dueAt,
        expectations: view.expectations,
        progress: mine,
        classDone: isTeacher(role) ? { done: progress.filter((p) => p.done).length, students: progress.length } : null,
      };
    }),
  );
}

/** The home page's list: a student's assignments across their classes, with their own progress. */
export async function listMyAssignmentSummaries(options: { userId: string }): Promise<AssignmentSummary[]> {
  return (await listMyAssignments(options)).map(({ assignment: a, progress }) => ({
    id: a.id,
    classId: a.class.id,
    className: a.class.name,
    title: a.title,
    document: a.document,
    dueAt: a.dueAt,
    expectations: a.expectations,
    progress,
    classDone: null,
  }));
}
