import "server-only";
import { readSharedView } from "@/lib/validation/share";
import { getDb } from "../../db";
import { requireTeacher } from "../classes/membership";
import { shareState, type ShareState } from "./share-state";

export interface ClassShareSummary {
  id: string;
  document: string;
  maker: { id: string; name: string };
  noteCount: number | null;
  allowJoin: boolean;
  createdAt: string;
  expiresAt: string | null;
  state: ShareState;
}

export const CLASS_SHARES_LIMIT = 200;

/**
 * Every link into a class (made by any member, for the class's notes or with the class named),
 * for its teachers, newest first, with whether each still works: the teacher can see who invites
 * whom and revoke any of them. 404 for non-members, 403 for students.
 */
export async function listClassShares(options: {
  userId: string;
  classId: string;
  page?: { skip: number; take: number };
}): Promise<ClassShareSummary[]> {
  await requireTeacher(options);
  const db = getDb();
  const klass = await db.class.findUniqueOrThrow({
    where: { id: options.classId },
    select: { joinCode: true, memberships: { select: { userId: true, role: true } } },
  });
  const roles = new Map(klass.memberships.map((m) => [m.userId, m.role]));
  const rows = await db.share.findMany({
    where: { classId: options.classId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { document: { select: { slug: true } }, owner: { select: { id: true, name: true } } },
    skip: options.page?.skip ?? 0,
    take: options.page?.take ?? CLASS_SHARES_LIMIT,
  });
  const now = Date.now();
  return rows.map((s) => ({
    id: s.id,
    document: s.document.slug,
    maker: s.owner,
    noteCount: readSharedView(s.view).annotationIds?.length ?? null,
    allowJoin: s.allowJoin,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt?.toISOString() ?? null,
    state: shareState(s, { joinCode: klass.joinCode, makerRole: roles.get(s.ownerId) ?? null }, now),
  }));
}
