/** Account data functions against the real database: sign-up, rename, password change, export, deletion. */
import { afterAll, describe, expect, it } from "vitest";
import { registerSchema } from "../../../lib/validation/account";
import { hashPassword, verifyPassword } from "../../../server/data/users/password";
import { refreshSessionToken, SessionEndedError } from "../../../server/auth/refresh-session-token";
import { changePassword } from "../../../server/data/users/change-password";
import { createUser, registrationLimit, takeRegistrationSlot } from "../../../server/data/users/create-user";
import { deleteUser } from "../../../server/data/users/delete-user";
import { exportUserData } from "../../../server/data/users/export-user-data";
import { updateUserName } from "../../../server/data/users/update-user-name";
import { HttpError } from "../../../server/http/errors";
import { connectTestDatabase } from "../../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

let counter = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++counter}@example.test`;
const PASSWORD = "correct horse battery";

async function makeUser(label: string, password = PASSWORD) {
  return db.user.create({ data: { email: uniqueEmail(label), name: `User ${label}`, passwordHash: await hashPassword(password) } });
}

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe("takeRegistrationSlot", () => {
  it("lets an address sign up REGISTRATIONS_PER_HOUR times an hour, then answers 429 with a message; other addresses go on", async () => {
    const saved = process.env.REGISTRATIONS_PER_HOUR;
    process.env.REGISTRATIONS_PER_HOUR = "4";
    try {
      const address = `198.51.100.${counter++ % 250}-${Date.now()}`;
      // A burst at once: the count holds under concurrency too.
      const burst = await Promise.allSettled(Array.from({ length: 6 }, () => takeRegistrationSlot(address)));
      expect(burst.filter((r) => r.status === "fulfilled")).toHaveLength(4);
      const error = await rejection(takeRegistrationSlot(address));
      expect(error.status).toBe(429);
      expect(error.message).toMatch(/Too many new accounts from your address/);
      await takeRegistrationSlot(`${address}-other`);
    } finally {
      if (saved === undefined) delete process.env.REGISTRATIONS_PER_HOUR;
      else process.env.REGISTRATIONS_PER_HOUR = saved;
    }
  });

  it("defaults to 100 an hour and ignores a value that is not a positive whole number", () => {
    const saved = process.env.REGISTRATIONS_PER_HOUR;
    try {
      delete process.env.REGISTRATIONS_PER_HOUR;
      expect(registrationLimit().max).toBe(100);
      process.env.REGISTRATIONS_PER_HOUR = "lots";
      expect(registrationLimit().max).toBe(100);
    } finally {
      if (saved !== undefined) process.env.REGISTRATIONS_PER_HOUR = saved;
    }
  });
});

describe("createUser", () => {
  it("stores the e-mail lower-cased, the name trimmed and an argon2id hash", async () => {
    const email = uniqueEmail("Mixed.Case").toUpperCase();
    const input = registerSchema.parse({ email: `  ${email} `, password: PASSWORD, name: "  Ada Lovelace " });
    const user = await createUser(input);
    expect(user).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: "Ada Lovelace" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(true);
  });

  it("refuses a second account for the same e-mail in any case with 409", async () => {
    const email = uniqueEmail("dup");
    await createUser(registerSchema.parse({ email, password: PASSWORD, name: "First" }));
    const error = await rejection(createUser(registerSchema.parse({ email: email.toUpperCase(), password: PASSWORD, name: "Second" })));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/already exists/);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("lets exactly one of two simultaneous sign-ups with one e-mail win", async () => {
    const email = uniqueEmail("race");
    const input = registerSchema.parse({ email, password: PASSWORD, name: "Racer" });
    const results = await Promise.allSettled([createUser(input), createUser(input), createUser(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect((r.reason as HttpError).status).toBe(409);
  });
});

describe("registerSchema", () => {
  const fieldErrors = (input: unknown) => {
    const result = registerSchema.safeParse(input);
    const messages: Record<string, string> = {};
    if (!result.success)
      for (const issue of result.error.issues)
        messages[issue.path.join(".")] = `${messages[issue.path.join(".")] ?? ""} ${issue.message}`.trim();
    return messages;
  };

  it("explains each rule a password must follow", () => {
    const email = "someone@example.test";
    expect(fieldErrors({ email, name: "A", password: "short" }).password).toMatch(/at least 10/);
    expect(fieldErrors({ email, name: "A", password: "a".repeat(201) }).password).toMatch(/at most 200/);
    expect(fieldErrors({ email, name: "A", password: "aaaaaaaaaaaa" }).password).toMatch(/distinct/);
    expect(fieldErrors({ email, name: "A", password: "Someone@Example.test" }).password).toMatch(/e-mail/);
  });

  it("requires an e-mail address and a name of at most 80 characters", () => {
    expect(Object.keys(fieldErrors({}))).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect(fieldErrors({ email: "not-an-address", name: "A", password: PASSWORD }).email).toMatch(/e-mail address like/);
    expect(fieldErrors({ email: "a@example.test", name: "   ", password: PASSWORD }).name).toMatch(/Enter your name/);
    expect(fieldErrors({ email: "a@example.test", name: "n".repeat(81), password: PASSWORD }).name).toMatch(/80/);
  });
});

describe("updateUserName", () => {
  it("renames the acting user, and the next session read carries the new name", async () => {
    const user = await makeUser("rename");
    expect(await updateUserName({ userId: user.id, name: "Grace Hopper" })).toMatchObject({ id: user.id, name: "Grace Hopper" });
    const token = await refreshSessionToken({ sub: user.id, name: user.name, email: user.email, sessionVersion: 0 });
    expect(token.name).toBe("Grace Hopper");
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password with a field error, and changes nothing", async () => {
    const user = await makeUser("wrong-current");
    const error = await rejection(
      changePassword({ userId: user.id, currentPassword: "not my password", newPassword: "a brand new secret", ip: "198.51.100.1" }),
    );
    expect(error.status).toBe(400);
    expect(error.details).toEqual({
      code: "wrong_current_password",
      fieldErrors: { currentPassword: [expect.stringMatching(/not your current password/)] },
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(0);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(true);
  });

  it("sets the new password and bumps sessionVersion, which ends older sessions", async () => {
    const user = await makeUser("change");
    const pending = await db.passwordResetToken.create({
      data: { userId: user.id, tokenHash: `pending-${user.id}`, expiresAt: new Date(Date.now() + 3600_000) },
    });

    expect(
      await changePassword({ userId: user.id, currentPassword: PASSWORD, newPassword: "a brand new secret", ip: "198.51.100.2" }),
    ).toEqual({ sessionVersion: 1 });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, "a brand new secret")).toBe(true);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(false);
    // A reset link sent before the change no longer works.
    expect((await db.passwordResetToken.findUniqueOrThrow({ where: { id: pending.id } })).usedAt).not.toBeNull();
    // The browser's token from before the change is refused; one with the new version is not.
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 0 })).rejects.toBeInstanceOf(SessionEndedError);
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 1 })).resolves.toMatchObject({ sub: user.id, email: user.email });
  });

  it("never ends a session on a cached account row older than the token", async () => {
    const user = await makeUser("stale-cache");
    // Cache the row at version 0, then bump the version behind the cache's back, as a read that
    // raced a password change would leave it; the newer token must still be accepted.
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 0 })).resolves.toMatchObject({ sub: user.id });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 1 })).resolves.toMatchObject({ sub: user.id });
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 0 })).rejects.toBeInstanceOf(SessionEndedError);
  });

  it("refuses a new password equal to the account's e-mail", async () => {
    const user = await makeUser("same-as-email");
    const error = await rejection(
      changePassword({ userId: user.id, currentPassword: PASSWORD, newPassword: user.email.toUpperCase(), ip: "198.51.100.3" }),
    );
    expect(error.details).toEqual({ code: "password_same_as_email", fieldErrors: { newPassword: [expect.stringMatching(/e-mail/)] } });
  });

  it("is throttled together with sign-in: five wrong guesses, then even the right password waits", async () => {
    const user = await makeUser("change-throttle");
    const ip = "198.51.100.4";
    for (let i = 0; i < 5; i++) {
      expect(
        (await rejection(changePassword({ userId: user.id, currentPassword: `guess number ${i}`, newPassword: "a brand new secret", ip })))
          .status,
      ).toBe(400);
    }
    const error = await rejection(changePassword({ userId: user.id, currentPassword: PASSWORD, newPassword: "a brand new secret", ip }));
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/Try again in \d+ minutes?/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});

describe("exportUserData and deleteUser", () => {
  async function annotate(authorId: string, text: string) {
    return db.annotation.create({
      data: {
        documentId: "openai-letter-2023",
        authorId,
        motivation: "commenting",
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        bodyText: text,
        targets: { create: { segmentId: "openai-letter-2023-s01", language: "en", exact: "OpenAI", start: 0, end: 6 } },
      },
    });
  }

  it("exports the profile (no password hash), annotations with targets, and replies written elsewhere", async () => {
    const user = await makeUser("export");
    const other = await makeUser("export-other");
    const mine = await annotate(user.id, "My note");
    const theirs = await annotate(other.id, "Their note");
    await db.reply.create({ data: { annotationId: theirs.id, authorId: user.id, body: { type: "doc" }, bodyText: "My reply" } });
    await db.reply.create({ data: { annotationId: mine.id, authorId: other.id, body: { type: "doc" }, bodyText: "Not mine" } });

    const data = await exportUserData({ userId: user.id });
    expect(data).not.toBeNull();
    expect(JSON.stringify(data)).not.toContain("argon2");
    expect(data!.user).toMatchObject({ id: user.id, email: user.email, name: user.name, signInMethods: ["password"] });
    expect(data!.annotations).toEqual([
      expect.objectContaining({
        id: mine.id,
        bodyText: "My note",
        document: { slug: "openai-letter-2023", title: expect.any(String) },
        targets: [expect.objectContaining({ segmentId: "openai-letter-2023-s01", exact: "OpenAI", start: 0, end: 6 })],
      }),
    ]);
    expect(data!.replies).toEqual([expect.objectContaining({ annotationId: theirs.id, bodyText: "My reply" })]);
  });

  it("deletes the account and what the user wrote only after the e-mail is typed", async () => {
    const user = await makeUser("delete");
    const other = await makeUser("delete-other");
    const mine = await annotate(user.id, "Goes with me");
    const theirs = await annotate(other.id, "Stays");
    const myReply = await db.reply.create({
      data: { annotationId: theirs.id, authorId: user.id, body: { type: "doc" }, bodyText: "Goes too" },
    });

    const error = await rejection(deleteUser({ userId: user.id, confirmEmail: other.email }));
    expect(error.status).toBe(400);
    expect(error.details).toHaveProperty("fieldErrors.confirmEmail");
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();

    await deleteUser({ userId: user.id, confirmEmail: `  ${user.email.toUpperCase()} ` });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.annotation.findUnique({ where: { id: mine.id } })).toBeNull();
    expect(await db.annotationTarget.count({ where: { annotationId: mine.id } })).toBe(0);
    expect(await db.reply.findUnique({ where: { id: myReply.id } })).toBeNull();
    expect(await db.annotation.findUnique({ where: { id: theirs.id } })).not.toBeNull();
    // A session issued before the deletion ends.
    await expect(refreshSessionToken({ sub: user.id, sessionVersion: 0 })).rejects.toBeInstanceOf(SessionEndedError);
  });
});
