/**
 * The daily e-mail digest (issue 16.2), sent only when SMTP_URL is set: each reader who has it on
 * and has unread notifications that arrived since their last digest gets one e-mail, at most once
 * every NOTIFICATIONS.digestEveryHours. Every instance runs this on its maintenance schedule; one
 * statement claims the readers (`FOR UPDATE SKIP LOCKED`, stamping `digestSentAt`), so two
 * instances never mail the same person. The claim commits before sending: a mail that fails is
 * lost rather than sent twice (the notifications stay in the inbox).
 */
import "server-only";
import { NOTIFICATIONS } from "@/lib/limits";
import { getDb } from "../../db";
import { deliverDigest } from "../../mail/digest-mail";
import { mailConfigured } from "../../mail/transport";
import { notificationSelect, toNotificationView } from "./list-notifications";

interface Claimed {
  id: string;
  email: string;
  name: string;
  digestLocale: string;
  /** The previous digest: this one tells what arrived since. */
  previous: Date | null;
}

/** Sends the digests that are due; returns how many went out. */
export async function sendDigests(now = new Date()): Promise<number> {
  if (!mailConfigured()) return 0;
  const db = getDb();
  const dayAgo = new Date(now.getTime() - NOTIFICATIONS.digestEveryHours * 3_600_000);
  const claimed = await db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT u.id, u."digestSentAt" AS previous FROM "User" u
      WHERE u."emailDigest" AND (u."digestSentAt" IS NULL OR u."digestSentAt" <= ${dayAgo})
        AND EXISTS (SELECT 1 FROM "Notification" n
                    WHERE n."userId" = u.id AND n."readAt" IS NULL AND n."createdAt" <= ${now}
                      AND (u."digestSentAt" IS NULL OR n."createdAt" > u."digestSentAt"))
      ORDER BY u.id LIMIT ${NOTIFICATIONS.digestsPerRun}
      FOR UPDATE OF u SKIP LOCKED)
    UPDATE "User" SET "digestSentAt" = ${now} FROM due WHERE "User".id = due.id
    RETURNING "User".id, "User".email, "User".name, "User"."digestLocale", due.previous`;
  let sent = 0;
  for (const user of claimed) {
    const where = {
      userId: user.id,
      readAt: null,
      createdAt: { lte: now, ...(user.previous ? { gt: user.previous } : {}) },
    };
    const [total, rows] = await Promise.all([
      db.notification.count({ where }),
      db.notification.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: NOTIFICATIONS.digestItems,
        select: notificationSelect,
      }),
    ]);
    if (total === 0) continue; // read in the meantime
    try {
      await deliverDigest({ email: user.email, name: user.name, locale: user.digestLocale }, rows.map(toNotificationView), total);
      sent++;
    } catch (error) {
      console.error("[interleaf] a digest e-mail could not be sent:", error instanceof Error ? error.message : error);
    }
  }
  return sent;
}
