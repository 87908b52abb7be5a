/**
 * A page of the caller's own notifications, newest first, with the unread count the header shows.
 * Scoped by userId in the query itself: there is no way to name someone else's.
 */
import "server-only";
import type { NotificationPayload, NotificationView } from "@/lib/notifications/notification-view";
import { pageOf, pageWindow, type PageQuery } from "@/lib/validation/page-query";
import type { NotificationKind } from "../../generated/prisma/client";
import { getDb } from "../../db";

export const notificationSelect = { id: true, kind: true, payload: true, readAt: true, createdAt: true } as const;

export const toNotificationView = (n: {
  id: string;
  kind: NotificationKind;
  payload: unknown;
  readAt: Date | null;
  createdAt: Date;
}): NotificationView => ({
  ...(n.payload as NotificationPayload),
  id: n.id,
  kind: n.kind,
  read: n.readAt !== null,
  createdAt: n.createdAt.toISOString(),
});

export async function listNotifications(options: {
  userId: string;
  page: PageQuery;
  unreadOnly?: boolean;
}): Promise<{ unread: number; items: NotificationView[]; next: string | null }> {
  const db = getDb();
  const where = { userId: options.userId, ...(options.unreadOnly ? { readAt: null } : {}) };
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId: options.userId, readAt: null } }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(options.page),
      select: notificationSelect,
    }),
  ]);
  const { items, next } = pageOf(rows, options.page);
  return {
    unread,
    next,
    items: items.map(toNotificationView),
  };
}
