import { describe, expect, it } from "vitest";
import { markNotificationsReadSchema, notificationsQuerySchema } from "../validation/notifications";
import { notificationHref, type NotificationView } from "./notification-view";

const base: NotificationView = { id: "n1", kind: "reply", read: false, createdAt: "2026-12-02T05:00:00.000Z" };

describe("notificationHref", () => {
  it("leads a reply or an adoption to its text, and an assignment to its page", () => {
    expect(notificationHref({ ...base, documentSlug: "openai-letter-2023" })).toBe("/read/openai-letter-2023");
    expect(notificationHref({ ...base, kind: "adopted", documentSlug: "a b" })).toBe("/read/a%20b");
    expect(notificationHref({ ...base, kind: "assignment", classId: "c1", assignmentId: "a1", documentSlug: "x" })).toBe(
      "/classes/c1/assignments/a1",
    );
    expect(notificationHref({ ...base, kind: "due_soon", classId: "c1", assignmentId: "a1", documentSlug: "x" })).toBe(
      "/classes/c1/assignments/a1",
    );
    expect(notificationHref(base)).toBeNull();
  });

  it("leads a mention to the note on its text", () => {
    expect(notificationHref({ ...base, kind: "mention", documentSlug: "a b", annotationId: "n-1" })).toBe("/read/a%20b#note-n-1");
    expect(notificationHref({ ...base, kind: "mention", documentSlug: "x" })).toBe("/read/x");
  });
});

describe("the notification inputs", () => {
  it("reads unreadOnly as a flag and pages like every list", () => {
    expect(notificationsQuerySchema.parse({})).toEqual({ limit: 100, after: 0, unreadOnly: false });
    expect(notificationsQuerySchema.parse({ unreadOnly: "", limit: "5" })).toMatchObject({ unreadOnly: true, limit: 5 });
    expect(notificationsQuerySchema.safeParse({ unreadOnly: "maybe" }).success).toBe(false);
  });

  it("takes 1 to 500 ids, or all: true, and nothing else", () => {
    expect(markNotificationsReadSchema.safeParse({ ids: ["a"] }).success).toBe(true);
    expect(markNotificationsReadSchema.safeParse({ all: true }).success).toBe(true);
    expect(markNotificationsReadSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(markNotificationsReadSchema.safeParse({ ids: ["a"], all: true }).success).toBe(false);
    expect(markNotificationsReadSchema.safeParse({ ids: Array.from({ length: 501 }, (_, i) => `${i}`) }).success).toBe(false);
  });
});
