import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { formatJoinCode } from "./join-code";
import { requireMembership } from "./membership";
import { isTeacher } from "@/lib/classes/roles";

export interface ClassView {
  id: string;
  name: string;
  role: "teacher" | "student";
  /** Only for the class's teachers. */
  joinCode: string | null;
  members: { id: string; name: string; role: "teacher" | "student"; joinedAt: string }[];
}

/** A class and its members, for its members; 404 for anyone else. */
export async function getClassOrThrow(options: { userId: string; classId: string }): Promise<ClassView> {
  const role = await requireMembership(options);
  const row = await getDb().class.findUnique({
    where: { id: options.classId },
    include: { memberships: { orderBy: [{ role: "asc" }, { joinedAt: "asc" }], include: { user: { select: { id: true, name: true } } } } },
  });
  if (!row) throw notFound("class_not_found", "This class");
  return {
    id: row.id,
    name: row.name,
    role,
    joinCode: isTeacher(role) ? formatJoinCode(row.joinCode) : null,
    members: row.memberships.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role, joinedAt: m.joinedAt.toISOString() })),
  };
}
