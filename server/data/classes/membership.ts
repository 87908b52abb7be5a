/**
 * Class membership checks shared by the class, annotation and share data functions. A class the
 * caller does not belong to does not exist for them (404); a member asking for a teacher's action
 * gets 403.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb, getPool } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { isTeacher, TEACHER_ROLE, type ClassRole } from "@/lib/classes/roles";

type Client = Prisma.TransactionClient | ReturnType<typeof getDb>;

/** Membership as SQL, for statements on the pg pool: placeholders (or expressions) for the class and the user. */
export const isClassMemberSql = (classId: string, userId: string) =>
  `EXISTS (SELECT 1 FROM "Membership" m WHERE m."classId" = ${classId} AND m."userId" = ${userId})`;

export type { ClassRole };

/** Prisma forms of the one rule of who teaches (lib/classes/roles.ts). */
export const teacherMembershipWhere = { role: TEACHER_ROLE } as const satisfies Prisma.MembershipWhereInput;
export const teachesClassWhere = (userId: string) =>
  ({ memberships: { some: { userId, ...teacherMembershipWhere } } }) satisfies Prisma.ClassWhereInput;

const CLASS_ROLES = { name: "interleaf-class-roles", text: `SELECT "userId", role FROM "Membership" WHERE "classId" = $1` };

/** Every member of a class and their role: one statement on the pg pool (read for each class note a live stream decides). */
export async function classRoles(classId: string): Promise<{ userId: string; role: ClassRole }[]> {
  return (await getPool().query<{ userId: string; role: ClassRole }>({ ...CLASS_ROLES, values: [classId] })).rows;
}

export async function roleInClass(options: { userId: string | null; classId: string; db?: Client }): Promise<ClassRole | null> {
  if (!options.userId) return null;
  const row = await (options.db ?? getDb()).membership.findUnique({
    where: { classId_userId: { classId: options.classId, userId: options.userId } },
    select: { role: true },
  });
  return row?.role ?? null;
}

/** The caller's role in a class they belong to; 404 otherwise. */
export async function requireMembership(options: { userId: string; classId: string; db?: Client }): Promise<ClassRole> {
  const role = await roleInClass(options);
  if (!role) throw notFound("class_not_found", "This class");
  return role;
}

/** 404 for non-members, 403 for students. */
export async function requireTeacher(options: { userId: string; classId: string; db?: Client }): Promise<void> {
  const role = await requireMembership(options);
  if (!isTeacher(role)) throw new HttpError(403, "Only the class's teacher can do this.", { code: "class_teacher_only" });
}

/**
 * A write that lands in a class (editing a class note, a reply under one, a vote on or an edit of
 * a class proposal) needs membership at the time of the write, not only when the note was made:
 * someone removed from a class still sees their own class notes, and may take them out of the
 * class (make them private) or delete them, but no longer write to the class's members. 403, with
 * `code: "not_class_member"`. Content not addressed to a class passes.
 */
export async function requireClassWriter(options: {
  userId: string;
  visibility: string | null;
  classId: string | null;
  db?: Client;
}): Promise<void> {
  if (options.visibility !== "class" || !options.classId) return;
  if (await roleInClass({ userId: options.userId, classId: options.classId, db: options.db })) return;
  throw new HttpError(
    403,
    "You are no longer a member of this class, so you cannot write in it. You can still make your own notes private or delete them.",
    {
      code: "not_class_member",
    },
  );
}

/**
 * A class-only text is made by a teacher of that class (its owner), so students cannot put texts
 * in front of their classmates: 404 for non-members, 403 (`class_document_teacher_only`) for
 * students. Checked when the text is imported; if its owner later stops teaching the class, the
 * text stays the class's (a hand-over should not take a reading away from the students).
 */
export async function requireClassTeacherForDocument(options: { userId: string; classId: string; db?: Client }): Promise<void> {
  const role = await requireMembership(options);
  if (!isTeacher(role))
    throw new HttpError(403, "Only a teacher of a class can make a text visible to it.", { code: "class_document_teacher_only" });
}
