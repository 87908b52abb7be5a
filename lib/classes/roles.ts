/**
 * Who teaches a class: a member whose role is `teacher`. One rule, and no "main" teacher: a
 * co-teacher promoted by another teacher has every teacher's power (the join code, removing
 * members, role changes, hiding notes, exports, assignments and the gradebook, the "teacher"
 * badge), and Class.createdById, the creator of record that a hand-over moves, grants nothing by
 * itself. Its Prisma forms are in server/data/classes/membership.ts.
 */
export type ClassRole = "teacher" | "student";

export const TEACHER_ROLE = "teacher" satisfies ClassRole;

export const isTeacher = (role: string | null | undefined): role is "teacher" => role === TEACHER_ROLE;
