/** authorizeCredentials (the credentials provider's check) and its throttling, against the real database. */
import { afterAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "../../../server/auth/authorize-credentials";
import { hashPassword } from "../../../server/data/users/password";
import { MAX_FAILURES_PER_ADDRESS, SignInThrottledError } from "../../../server/data/users/sign-in-throttle";
import { connectTestDatabase } from "../../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const PASSWORD = "correct horse battery";
let counter = 0;

async function makeUser() {
  const email = `throttle-${Date.now()}-${++counter}@example.test`;
  return db.user.create({ data: { email, name: "Throttled", passwordHash: await hashPassword(PASSWORD) } });
}

// The header scripts/peer-address-preload.mjs sets from the socket; X-Forwarded-For is ignored by default.
const from = (ip: string) => ({ headers: { "x-interleaf-peer-address": ip, "x-forwarded-for": "10.0.0.1" } });
const attempt = (email: string, password: string, ip: string) => authorizeCredentials({ email, password }, from(ip));

describe("authorizeCredentials", () => {
  it("signs in with the right password, whatever the case of the e-mail", async () => {
    const user = await makeUser();
    expect(await attempt(user.email.toUpperCase(), PASSWORD, "192.0.2.1")).toEqual({
      id: user.id,
      email: user.email,
      name: "Throttled",
      sessionVersion: 0,
    });
    expect(await attempt(user.email, "wrong password", "192.0.2.1")).toBeNull();
    expect(await attempt("nobody-here@example.test", PASSWORD, "192.0.2.1")).toBeNull();
  });

  it("refuses a sixth try after five failures, even with the right password, and says when to retry", async () => {
    const user = await makeUser();
    const ip = "192.0.2.10";
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, `wrong ${i}`, ip)).toBeNull();
    const refusal = await attempt(user.email, PASSWORD, ip).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(SignInThrottledError);
    expect((refusal as Error).message).toMatch(/Too many failed sign-ins.*Try again in 15 minutes\./);
    expect((refusal as SignInThrottledError).retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("does not throttle the same e-mail from another address", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) await attempt(user.email, `wrong ${i}`, "192.0.2.20");
    await expect(attempt(user.email, PASSWORD, "192.0.2.20")).rejects.toBeInstanceOf(SignInThrottledError);
    expect(await attempt(user.email, PASSWORD, "192.0.2.21")).toMatchObject({ id: user.id });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await makeUser();
    const ip = "192.0.2.30";
    for (let i = 0; i < 4; i++) await attempt(user.email, `wrong ${i}`, ip);
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ id: user.id });
    expect(await db.signInFailure.count({ where: { email: user.email, ip } })).toBe(0);
    for (let i = 0; i < 4; i++) await attempt(user.email, `wrong again ${i}`, ip);
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ id: user.id });
  });

  it("lets a failure age out of the 15-minute window", async () => {
    const user = await makeUser();
    const ip = "192.0.2.40";
    for (let i = 0; i < 5; i++) await attempt(user.email, `wrong ${i}`, ip);
    await db.signInFailure.updateMany({ where: { email: user.email, ip }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ id: user.id });
  });

  it(`stops an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts (one password tried on many), and only that address`, async () => {
    const user = await makeUser();
    const sprayer = "198.51.100.150";
    // Two real failures on other accounts are counted for the address...
    for (const i of [1, 2]) expect(await attempt(`sprayed-${Date.now()}-${i}@example.test`, PASSWORD, sprayer)).toBeNull();
    expect(await db.rateLimitEvent.count({ where: { bucket: "sign-in-failures", key: sprayer } })).toBe(2);
    // ...and the rest of the allowance is spent at once.
    await db.rateLimitEvent.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS - 2 }, () => ({ bucket: "sign-in-failures", key: sprayer })),
    });
    const refusal = await attempt(user.email, PASSWORD, sprayer).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(SignInThrottledError);
    expect((refusal as Error).message).toBe("Too many failed sign-ins from your address. Try again in 15 minutes.");
    expect(await attempt(user.email, PASSWORD, "198.51.100.151")).toMatchObject({ id: user.id });
  });

  it("counts an IPv6 address by its /64, so walking through one's own block buys no new tries", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, `wrong ${i}`, `2001:db8:1:2::${i + 1}`)).toBeNull();
    await expect(attempt(user.email, PASSWORD, "2001:db8:1:2:ffff::9")).rejects.toBeInstanceOf(SignInThrottledError);
    expect(await attempt(user.email, PASSWORD, "2001:db8:1:3::1")).toMatchObject({ id: user.id });
  });
});
