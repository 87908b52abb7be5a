/**
 * Writes notifications inside the caller's transaction, so a reply, an assignment or an adoption
 * and the notifications it causes commit (or fail) together. The actor is never told about their
 * own act, and nobody is told twice about the same one. A NOTIFY tells the recipients' open pages.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { NotificationPayload } from "@/lib/notifications/notification-view";

/** The NOTIFY channel that tells open inboxes (server/live/inbox-event-stream.ts) to look again. */
export const INBOX_CHANNEL = "interleaf_inbox";
/** User ids per NOTIFY: a payload must stay under PostgreSQL's 8,000 bytes (cuids are about 25 characters). */
const IDS_PER_NOTICE = 100;

export type NotificationKind = "reply" | "assignment" | "adopted" | "mention" | "due_soon";

export async function notify(
  tx: Prisma.TransactionClient,
  options: { recipients: Iterable<string>; actorId: string | null; kind: NotificationKind; payload: NotificationPayload },
): Promise<number> {
  const userIds = [...new Set(options.recipients)].filter((id) => id !== options.actorId);
  if (userIds.length === 0) return 0;
  // Through JSON so that absent ids are left out rather than stored as nulls.
  const payload = JSON.parse(JSON.stringify(options.payload)) as Prisma.InputJsonObject;
  const { count } = await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, kind: options.kind, payload })) });
  // Delivered when the transaction commits, and not at all if it rolls back. Only ids: the stream reads nothing else.
  for (let i = 0; i < userIds.length; i += IDS_PER_NOTICE) {
    const notice = JSON.stringify(userIds.slice(i, i + IDS_PER_NOTICE));
    await tx.$executeRaw`SELECT pg_notify(${INBOX_CHANNEL}, ${notice})`;
  }
  return count;
}
