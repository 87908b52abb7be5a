/**
 * Class membership checks shared by the class, annotation and share data functions. A class the
 * caller does not belong to does not exist for them (404); a member asking for a teacher's action
 * gets 403.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";

type Client = Prisma.TransactionClient | ReturnType<typeof getDb>;

/** Membership as SQL, for statements on the pg pool: placeholders (or expressions) for the class and the user. */
export const isClassMemberSql = (classId: string, userId: string) =>
  `EXISTS (SELECT 1 FROM "Membership" m WHERE m."classId" = ${classId} AND m."userId" = ${userId})`;

export type ClassRole = "teacher" | "student";

export async function roleInClass(options: { userId: string | null; classId: string; db?: Client }): Promise<ClassRole | null> {
  if (!options.userId) return null;
  const row = await (options.db ?? getDb()).membership.findUnique({ where: { classId_userId: { classId: options.classId, userId: options.userId } }, select: { role: true } });
  return row?.role ?? null;
}

/** The caller's role in a class they belong to; 404 otherwise. */
export async function requireMembership(options: { userId: string; classId: string; db?: Client }): Promise<ClassRole> {
  const role = await roleInClass(options);
  if (!role) throw notFound("This class");
  return role;
}

/** 404 for non-members, 403 for students. */
export async function requireTeacher(options: { userId: string; classId: string; db?: Client }): Promise<void> {
  const role = await requireMembership(options);
  if (role !== "teacher") throw new HttpError(403, "Only the class's teacher can do this.");
}
