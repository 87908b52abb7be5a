/**
 * Marks some or all of the caller's notifications read. Ids that are not the caller's (or do not
 * exist, or were pruned) are ignored rather than refused, so the answer never says whether
 * someone else's id exists; marking twice changes nothing (readAt keeps the first time).
 */
import "server-only";
import type { MarkNotificationsRead } from "@/lib/validation/notifications";
import { getDb } from "../../db";

export async function markNotificationsRead(options: { userId: string; input: MarkNotificationsRead }) {
  const db = getDb();
  const ids = "ids" in options.input ? { id: { in: options.input.ids } } : {};
  const { count } = await db.notification.updateMany({
    where: { userId: options.userId, readAt: null, ...ids },
    data: { readAt: new Date() },
  });
  const unread = await db.notification.count({ where: { userId: options.userId, readAt: null } });
  return { marked: count, unread };
}
