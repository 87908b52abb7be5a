-- The daily e-mail digest of unread notifications (sent only when SMTP_URL is set): on unless the
-- reader turns it off, in the interface language they last saved it in, and when it was last sent.
ALTER TABLE "User" ADD COLUMN "emailDigest" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "User" ADD COLUMN "digestLocale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "User" ADD COLUMN "digestSentAt" TIMESTAMP(3);
