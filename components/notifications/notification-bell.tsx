"use client";
/**
 * The inbox in the header: a bell with the unread count, and a list of the latest notifications
 * (replies, new assignments, adopted proposals) that link to their note's text or assignment.
 * The count is asked for when the page opens, when the tab comes back into view, and whenever the
 * inbox stream (GET /api/notifications/events) says there may be something new; every
 * NOTIFICATIONS.pollSeconds while that stream is not open.
 */
import { useFormatter, useTranslations } from "next-intl";
import { DUE_FORMAT, notificationSentence } from "@/lib/notifications/notification-sentence";
import { useEffect, useRef, useState } from "react";
import { NOTIFICATIONS } from "@/lib/limits";
import { notificationHref, type NotificationView } from "@/lib/notifications/notification-view";

const LIST_SIZE = 20;

interface Inbox {
  unread: number;
  items: NotificationView[];
}

async function fetchInbox(limit: number, unreadOnly: boolean): Promise<Inbox | null> {
  try {
    const response = await fetch(`/api/notifications?limit=${limit}${unreadOnly ? "&unreadOnly=1" : ""}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as Inbox) : null;
  } catch {
    return null;
  }
}

async function markRead(body: { ids: string[] } | { all: true }): Promise<number | null> {
  try {
    const response = await fetch("/api/notifications/read", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return response.ok ? ((await response.json()) as { unread: number }).unread : null;
  } catch {
    return null;
  }
}

export function NotificationBell() {
  const t = useTranslations("Notifications");
  const format = useFormatter();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [failed, setFailed] = useState(false);
  /** Bumped by a live `inbox` event: an open list reads itself again. */
  const [refreshList, setRefreshList] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const refreshCount = () =>
      void fetchInbox(1, true).then((inbox) => {
        if (inbox) setUnread(inbox.unread);
      });
    refreshCount();
    // Live: the server says "inbox" when there may be something new. While the stream is not open
    // (a proxy that drops it, too many tabs), the count is asked for every pollSeconds instead.
    const events = typeof EventSource === "function" ? new EventSource("/api/notifications/events") : null;
    events?.addEventListener("inbox", () => {
      refreshCount();
      setRefreshList((n) => n + 1);
    });
    events?.addEventListener("session-ended", () => events.close());
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible" && events?.readyState !== EventSource.OPEN) refreshCount();
    }, NOTIFICATIONS.pollSeconds * 1000);
    const onVisible = () => {
      if (document.visibilityState === "visible") refreshCount();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      events?.close();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  useEffect(() => {
    if (!open || refreshList === 0) return;
    void fetchInbox(LIST_SIZE, false).then((inbox) => {
      if (inbox) setItems(inbox.items);
    });
  }, [open, refreshList]);

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setFailed(false);
    const inbox = await fetchInbox(LIST_SIZE, false);
    if (!inbox) return setFailed(true);
    setItems(inbox.items);
    setUnread(inbox.unread);
  };

  const readAll = async () => {
    const left = await markRead({ all: true });
    if (left === null) return setFailed(true);
    setUnread(left);
    setItems((list) => list?.map((n) => ({ ...n, read: true })) ?? null);
  };

  const readOne = (n: NotificationView) => {
    if (n.read) return;
    // keepalive: the link navigates away while this is sent.
    void fetch("/api/notifications/read", {
      method: "POST",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ids: [n.id] }),
    }).catch(() => undefined);
    setUnread((count) => Math.max(0, count - 1));
    setItems((list) => list?.map((m) => (m.id === n.id ? { ...m, read: true } : m)) ?? null);
  };

  const now = new Date();
  const sentence = (n: NotificationView) =>
    notificationSentence(
      n,
      (key, values) => t(key, values),
      (due) => format.dateTime(due, DUE_FORMAT),
    );

  return (
    <div className="notification-bell" ref={root}>
      <button
        type="button"
        className="notification-bell-button"
        aria-expanded={open}
        aria-controls={open ? "notification-list" : undefined}
        aria-label={unread > 0 ? t("openUnread", { count: unread }) : t("open")}
        onClick={() => void toggle()}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span className="notification-count" data-testid="notification-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="notification-panel" id="notification-list" role="region" aria-label={t("title")}>
          <div className="notification-panel-head">
            <strong>{t("title")}</strong>
            <button type="button" className="button button-small button-quiet" disabled={unread === 0} onClick={() => void readAll()}>
              {t("markAllRead")}
            </button>
          </div>
          {failed && <p role="alert">{t("failed")}</p>}
          {!failed && items === null && <p>{t("loading")}</p>}
          {items?.length === 0 && <p>{t("empty")}</p>}
          {items && items.length > 0 && (
            <ul className="notification-items">
              {items.map((n) => {
                const href = notificationHref(n);
                const text = sentence(n);
                const when = format.relativeTime(new Date(n.createdAt), now);
                return (
                  <li key={n.id} className={n.read ? "notification-read" : "notification-unread"}>
                    {!n.read && <span className="visually-hidden">{t("unread")}</span>}
                    {href ? (
                      <a href={href} onClick={() => readOne(n)}>
                        {text}
                      </a>
                    ) : (
                      <span>{text}</span>
                    )}
                    <time dateTime={n.createdAt}>{when}</time>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
