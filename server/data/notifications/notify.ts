/**
 * Writes notifications inside the caller's transaction, so a reply, an assignment or an adoption
 * and the notifications it causes commit (or fail) together. The actor is never told about their
 * own act, and nobody is told twice about the same one.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { NotificationPayload } from "@/lib/notifications/notification-view";

export type NotificationKind = "reply" | "assignment" | "adopted" | "mention";

export async function notify(
  tx: Prisma.TransactionClient,
  options: { recipients: Iterable<string>; actorId: string | null; kind: NotificationKind; payload: NotificationPayload },
): Promise<number> {
  const userIds = [...new Set(options.recipients)].filter((id) => id !== options.actorId);
  if (userIds.length === 0) return 0;
  // Through JSON so that absent ids are left out rather than stored as nulls.
  const payload = JSON.parse(JSON.stringify(options.payload)) as Prisma.InputJsonObject;
  const { count } = await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, kind: options.kind, payload })) });
  return count;
}
