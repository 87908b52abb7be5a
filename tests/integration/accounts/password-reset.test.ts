/** Password reset tokens against the real database: hashed at rest, one hour, single use. */
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../../server/data/users/password";
import { checkPasswordReset } from "../../../server/data/password-resets/check-password-reset";
import { createPasswordReset, MAX_RESETS_PER_HOUR } from "../../../server/data/password-resets/create-password-reset";
import { resetPassword } from "../../../server/data/password-resets/reset-password";
import { HttpError } from "../../../server/http/errors";
import { connectTestDatabase } from "../../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

let counter = 0;
async function makeUser() {
  const email = `reset-${Date.now()}-${++counter}@example.test`;
  return db.user.create({ data: { email, name: "Forgetful", passwordHash: await hashPassword("the old password") } });
}

async function httpError(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe("createPasswordReset", () => {
  it("answers null for an address with no account", async () => {
    expect(await createPasswordReset({ email: "nobody-at-all@example.test" })).toBeNull();
  });

  it("makes a 32-byte base64url token, stores only its SHA-256, valid for one hour", async () => {
    const user = await makeUser();
    const before = Date.now();
    const reset = await createPasswordReset({ email: user.email });
    expect(reset).toMatchObject({ email: user.email, name: "Forgetful" });
    expect(reset!.token).toMatch(/^[\w-]{43}$/);
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(reset!.token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(reset!.token);
    expect(rows[0]!.expiresAt.getTime() - before).toBeGreaterThan(59 * 60_000);
    expect(rows[0]!.expiresAt.getTime() - before).toBeLessThanOrEqual(60 * 60_000 + 5_000);
    expect(await checkPasswordReset({ token: reset!.token })).toBe("valid");
  });

  it(`stops making links after ${MAX_RESETS_PER_HOUR} in an hour`, async () => {
    const user = await makeUser();
    for (let i = 0; i < MAX_RESETS_PER_HOUR; i++) expect(await createPasswordReset({ email: user.email })).not.toBeNull();
    expect(await createPasswordReset({ email: user.email })).toBeNull();
  });
});

describe("resetPassword", () => {
  it("sets the new password once, bumps sessionVersion, and refuses the link the second time", async () => {
    const user = await makeUser();
    const first = (await createPasswordReset({ email: user.email }))!;
    const second = (await createPasswordReset({ email: user.email }))!;
    await db.signInFailure.create({ data: { email: user.email, ip: "203.0.113.9" } });

    expect(await resetPassword({ token: first.token, password: "a completely new one" })).toEqual({ email: user.email });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    expect(await verifyPassword(row.passwordHash!, "a completely new one")).toBe(true);
    expect(await db.signInFailure.count({ where: { email: user.email } })).toBe(0);

    const again = await httpError(resetPassword({ token: first.token, password: "yet another password" }));
    expect(again.status).toBe(400);
    expect(again.message).toMatch(/already used/);
    expect(await checkPasswordReset({ token: first.token })).toBe("used");
    // The other link sent before the reset stopped working too.
    expect((await httpError(resetPassword({ token: second.token, password: "yet another password" }))).message).toMatch(/already used/);
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, "a completely new one")).toBe(
      true,
    );
  });

  it("lets only one of two simultaneous uses of a link succeed", async () => {
    const user = await makeUser();
    const { token } = (await createPasswordReset({ email: user.email }))!;
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first new password" }),
      resetPassword({ token, password: "second new password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });

  it("refuses an expired link", async () => {
    const user = await makeUser();
    const { token } = (await createPasswordReset({ email: user.email }))!;
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await checkPasswordReset({ token })).toBe("expired");
    const error = await httpError(resetPassword({ token, password: "a completely new one" }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/expired/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("refuses an unknown link, and a new password equal to the e-mail", async () => {
    expect(await checkPasswordReset({ token: "made-up" })).toBe("unknown");
    expect((await httpError(resetPassword({ token: "made-up", password: "a completely new one" }))).message).toMatch(/not valid/);
    const user = await makeUser();
    const { token } = (await createPasswordReset({ email: user.email }))!;
    expect((await httpError(resetPassword({ token, password: user.email }))).details).toHaveProperty("fieldErrors.password");
    expect(await checkPasswordReset({ token })).toBe("valid");
  });
});
