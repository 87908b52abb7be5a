/**
 * Due-soon reminders: once an assignment is open and due within NOTIFICATIONS.dueSoonHours, each
 * of its students whose work is not done is told, once per due date. An assignment set when it
 * was already that close to due is not: its students were just told of it, with its due date.
 * Runs on every instance's maintenance schedule; `FOR UPDATE SKIP LOCKED` and the `remindedAt`
 * mark let exactly one instance claim each assignment, and the claim commits with its
 * notifications (or neither does).
 */
import "server-only";
import { NOTIFICATIONS } from "@/lib/limits";
import { getDb } from "../../db";
import { assignmentInclude } from "../assignments/assignment-view";
import { progressRows } from "../assignments/get-assignment-progress";
import { notify } from "./notify";

/** Reminds about the assignments falling due; returns how many students were told. */
export async function remindDueSoon(now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + NOTIFICATIONS.dueSoonHours * 3_600_000);
  return getDb().$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Assignment" SET "remindedAt" = ${now}
        WHERE id IN (
          SELECT id FROM "Assignment"
          WHERE "remindedAt" IS NULL AND "opensAt" <= ${now} AND "dueAt" > ${now} AND "dueAt" <= ${horizon}
            AND "createdAt" <= "dueAt" - make_interval(hours => ${NOTIFICATIONS.dueSoonHours})
          ORDER BY "dueAt" LIMIT ${NOTIFICATIONS.remindersPerRun}
          FOR UPDATE SKIP LOCKED)
        RETURNING id`;
      let told = 0;
      for (const { id } of claimed) {
        const row = await tx.assignment.findUniqueOrThrow({ where: { id }, include: assignmentInclude });
        const members = await tx.membership.findMany({
          where: { classId: row.classId, role: "student" },
          select: { user: { select: { id: true, name: true } } },
        });
        const progress = await progressRows(
          row,
          members.map((m) => m.user),
        );
        told += await notify(tx, {
          kind: "due_soon",
          actorId: null,
          recipients: progress.filter((p) => !p.done).map((p) => p.userId),
          payload: {
            assignmentId: row.id,
            assignmentTitle: row.title,
            classId: row.class.id,
            className: row.class.name,
            documentSlug: row.document.slug,
            documentTitle: row.document.title,
            dueAt: row.dueAt.toISOString(),
          },
        });
      }
      return told;
    },
    { timeout: 60_000 },
  );
}
