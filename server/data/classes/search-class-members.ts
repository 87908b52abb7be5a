/**
 * Members of a class whose name contains a fragment, for the editor's @ list: ids, names and
 * roles only (never e-mail addresses), the caller left out, at most MENTIONS.search.max. A class
 * the caller does not belong to does not exist for them (404).
 */
import "server-only";
import type { MemberMatch, MemberSearchQuery } from "@/lib/validation/member-search";
import { getDb } from "../../db";
import { requireMembership } from "./membership";

export async function searchClassMembers(options: { userId: string; classId: string; query: MemberSearchQuery }): Promise<MemberMatch[]> {
  await requireMembership({ userId: options.userId, classId: options.classId });
  const q = options.query.q?.trim();
  const rows = await getDb().membership.findMany({
    where: {
      classId: options.classId,
      userId: { not: options.userId },
      // Prisma passes `contains` to ILIKE as is: escaped, so % and _ match as typed, not as wildcards.
      ...(q ? { user: { name: { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const } } } : {}),
    },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    take: options.query.limit,
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.userId, name: row.user.name, role: row.role }));
}
