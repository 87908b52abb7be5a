import "server-only";
import { getDb } from "../../db";
import { formatJoinCode } from "./join-code";
import { isTeacher } from "@/lib/classes/roles";

export interface MyClass {
  id: string;
  name: string;
  role: "teacher" | "student";
  memberCount: number;
  /** Only for the class's teachers. */
  joinCode: string | null;
}

/** The classes the user belongs to, newest membership first. */
export async function listMyClasses(options: { userId: string; page?: { skip: number; take: number } }): Promise<MyClass[]> {
  const rows = await getDb().membership.findMany({
    where: { userId: options.userId },
    orderBy: [{ joinedAt: "desc" }, { id: "desc" }],
    ...options.page,
    include: { class: { select: { id: true, name: true, joinCode: true, _count: { select: { memberships: true } } } } },
  });
  return rows.map((m) => ({
    id: m.class.id,
    name: m.class.name,
    role: m.role,
    memberCount: m.class._count.memberships,
    joinCode: isTeacher(m.role) ? formatJoinCode(m.class.joinCode) : null,
  }));
}
