/**
 * What a notification carries, shared by the server (which writes and lists them) and the inbox
 * in the header (which links each one to its note, text or assignment). Ids only, plus the
 * actor's name and a title as they were when it happened: the inbox never quotes a note's text,
 * so a note edited or hidden later leaks nothing through an old notification.
 */
export interface NotificationPayload {
  actorName?: string;
  annotationId?: string;
  replyId?: string;
  documentSlug?: string;
  documentTitle?: string;
  segmentId?: string;
  assignmentId?: string;
  assignmentTitle?: string;
  classId?: string;
  className?: string;
  translationId?: string;
  /** When a due-soon reminder's assignment is due (ISO 8601; the inbox shows it in the reader's time zone). */
  dueAt?: string;
}

export interface NotificationView extends NotificationPayload {
  id: string;
  kind: "reply" | "assignment" | "adopted" | "mention" | "due_soon";
  read: boolean;
  createdAt: string;
}

/** Where a notification leads: the assignment's page, the note that mentions you, or the text its note or proposal is on. */
export function notificationHref(n: NotificationView): string | null {
  if ((n.kind === "assignment" || n.kind === "due_soon") && n.classId && n.assignmentId)
    return `/classes/${n.classId}/assignments/${n.assignmentId}`;
  // A mention leads to the note itself: the reader opens the note named by the fragment.
  if (n.kind === "mention" && n.documentSlug && n.annotationId)
    return `/read/${encodeURIComponent(n.documentSlug)}#note-${encodeURIComponent(n.annotationId)}`;
  if (n.documentSlug) return `/read/${encodeURIComponent(n.documentSlug)}`;
  return null;
}
