/**
 * What a notification says, in one place: the inbox in the header and the e-mail digest both say
 * it this way. `t` translates the "Notifications" messages; `formatDue` writes a due date in the
 * reader's language and time zone.
 */
import type { NotificationView } from "./notification-view";

type Translate = (key: string, values?: Record<string, string>) => string;

const KEYS: Record<NotificationView["kind"], string> = {
  reply: "reply",
  assignment: "assignment",
  adopted: "adopted",
  mention: "mention",
  due_soon: "dueSoon",
};

export function notificationSentence(
  n: Pick<NotificationView, "kind" | "actorName" | "documentTitle" | "documentSlug" | "assignmentTitle" | "className" | "dueAt">,
  t: Translate,
  formatDue: (due: Date) => string,
): string {
  return t(KEYS[n.kind] ?? "reply", {
    actor: n.actorName || t("someone"),
    title: n.documentTitle || n.documentSlug || "",
    assignment: n.assignmentTitle || "",
    className: n.className || "",
    due: n.dueAt ? formatDue(new Date(n.dueAt)) : "",
  });
}

/** How a due date is written in a reminder: "Fri 5:00 PM". */
export const DUE_FORMAT = { weekday: "short", hour: "numeric", minute: "2-digit" } as const;
