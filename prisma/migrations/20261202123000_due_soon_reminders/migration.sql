-- Due-soon reminders: a notification kind, and when an assignment's students were reminded
-- (claimed by one instance at a time, cleared when the teacher moves the due date).
ALTER TYPE "NotificationKind" ADD VALUE 'due_soon';
ALTER TABLE "Assignment" ADD COLUMN "remindedAt" TIMESTAMP(3);
