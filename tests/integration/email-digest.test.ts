/**
 * The daily e-mail digest (issue 16.2) against the real database and a real SMTP server on
 * loopback (smtp-server, the companion of nodemailer, parsed with mailparser): one e-mail per
 * reader with unread notifications, said as the inbox says them, in the reader's language, with
 * links to the configured origin; nothing for a reader who turned it off or has read everything;
 * at most one a day, and the next one tells only what arrived since.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailDigestSchema } from "../../lib/validation/account";
import { sendDigests } from "../../server/data/notifications/send-digests";
import { setEmailDigest } from "../../server/data/users/set-email-digest";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
const mails: ParsedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, done) {
    simpleParser(stream)
      .then((mail) => mails.push(mail))
      .then(() => done(), done);
  },
});
const saved = { smtp: process.env.SMTP_URL, origin: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "https://school.example";
});
afterAll(async () => {
  process.env.SMTP_URL = saved.smtp;
  process.env.NEXTAUTH_URL = saved.origin;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

const mailsTo = (email: string) => mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));
/** Other test files leave unread notifications too: digests go out a run (at most 200 readers) at a time until none is due. */
async function sendAllDue(now = new Date()) {
  for (let run = 0; run < 50 && (await sendDigests(now)) > 0; run++);
}

const reply = (userId: string, actorName: string, createdAt?: Date) =>
  db.notification.create({
    data: { userId, kind: "reply", payload: { actorName, documentSlug: "openai-letter-2023", documentTitle: "The letter" }, createdAt },
  });

describe("the e-mail digest", () => {
  it("mails each reader their unread notifications once a day, in their language, and never one who turned it off", async () => {
    const ann = await createUser(db, "Ann");
    const bob = await createUser(db, "Bob");
    const mei = await createUser(db, "Mei");
    await reply(ann.id, "Ben");
    await db.notification.create({
      data: {
        userId: ann.id,
        kind: "due_soon",
        payload: { assignmentId: "a1", assignmentTitle: "Read §2", classId: "c1", className: "Seminar", dueAt: "2026-12-04T17:00:00.000Z" },
      },
    });
    await db.notification.create({ data: { userId: ann.id, kind: "reply", payload: { actorName: "Old" }, readAt: new Date() } });
    await reply(bob.id, "Ben");
    await setEmailDigest({ userId: bob.id, input: emailDigestSchema.parse({ emailDigest: false, locale: "en" }) });
    await reply(mei.id, "Ben");
    await setEmailDigest({ userId: mei.id, input: emailDigestSchema.parse({ emailDigest: true, locale: "zh-Hant" }) });

    await sendAllDue();
    const [toAnn, ...moreToAnn] = mailsTo(ann.email);
    expect(moreToAnn).toEqual([]);
    expect(toAnn!.subject).toBe("2 unread notifications on Interleaf");
    expect(toAnn!.text).toContain("Hello Ann,");
    expect(toAnn!.text).toContain("Ben replied to a note on “The letter”\n  https://school.example/read/openai-letter-2023");
    expect(toAnn!.text).toMatch(/“Read §2” in Seminar is due Fri, 5:00\sPM UTC, and your work on it is not done yet/);
    expect(toAnn!.text).toContain("https://school.example/classes/c1/assignments/a1");
    expect(toAnn!.text).not.toContain("Old");
    expect(toAnn!.text).toContain("turn it off on your account page: https://school.example/account");
    expect(mailsTo(bob.email)).toEqual([]);
    expect(mailsTo(mei.email).map((m) => m.subject)).toEqual(["Interleaf 上有 1 則未讀通知"]);

    // Within the day: nothing more, even with something new.
    await reply(ann.id, "Cat");
    await sendAllDue();
    expect(mailsTo(ann.email)).toHaveLength(1);

    // A day later: only what arrived since the last digest.
    await sendAllDue(new Date(Date.now() + 25 * 3_600_000));
    const second = mailsTo(ann.email)[1]!;
    expect(second.subject).toBe("1 unread notification on Interleaf");
    expect(second.text).toContain("Cat replied");
    expect(second.text).not.toContain("Ben replied");
  });

  it("takes only a known interface language and a yes or no", () => {
    expect(emailDigestSchema.safeParse({ emailDigest: true, locale: "fr" }).success).toBe(false);
    expect(emailDigestSchema.safeParse({ emailDigest: "yes", locale: "en" }).success).toBe(false);
    expect(emailDigestSchema.safeParse({ emailDigest: false, locale: "zh-Hans", extra: 1 }).success).toBe(false);
  });
});
