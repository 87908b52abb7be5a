import { expect, test } from "@playwright/test";
import { newTestAccount } from "../support/auth";

test.describe("POST /api/register", () => {
  test("creates an account: 201 with the lower-cased e-mail and trimmed name, never the hash", async ({ request }) => {
    const account = newTestAccount();
    const response = await request.post("/api/register", {
      data: { ...account, email: account.email.toUpperCase(), name: `  ${account.name} ` },
    });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), email: account.email, name: account.name });
  });

  test("answers 409 with a message for an e-mail that is taken, in any case", async ({ request }) => {
    const account = newTestAccount();
    expect((await request.post("/api/register", { data: account })).status()).toBe(201);
    const response = await request.post("/api/register", {
      data: { ...account, email: account.email.toUpperCase(), name: "Someone else" },
    });
    expect(response.status()).toBe(409);
    expect((await response.json()).error).toMatch(/already exists/);
  });

  test("answers 400 with fieldErrors for each invalid field", async ({ request }) => {
    const account = newTestAccount();
    const errorsFor = async (data: unknown) => {
      const response = await request.post("/api/register", { data });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error).toEqual(expect.any(String));
      return body.fieldErrors as Record<string, string[]>;
    };
    expect(Object.keys(await errorsFor({}))).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect((await errorsFor({ ...account, email: "not-an-address" })).email).toEqual([expect.stringMatching(/e-mail address like/)]);
    expect((await errorsFor({ ...account, password: "short" })).password).toEqual([expect.stringMatching(/at least 10/)]);
    expect((await errorsFor({ ...account, password: "x".repeat(201) })).password).toContainEqual(expect.stringMatching(/at most 200/));
    expect((await errorsFor({ ...account, password: "zzzzzzzzzzzz" })).password).toEqual([expect.stringMatching(/distinct/)]);
    expect((await errorsFor({ ...account, password: account.email.toUpperCase() })).password).toEqual([expect.stringMatching(/e-mail/)]);
    expect((await errorsFor({ ...account, name: "   " })).name).toEqual([expect.stringMatching(/Enter your name/)]);
    expect((await errorsFor({ ...account, name: "n".repeat(81) })).name).toEqual([expect.stringMatching(/80/)]);
  });

  test("answers 400 to a body that is not JSON", async ({ request }) => {
    const response = await request.post("/api/register", {
      headers: { "Content-Type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/valid JSON/);
  });

  test("refuses a request another site's page sends, with 403", async ({ request, baseURL }) => {
    const account = newTestAccount();
    const response = await request.post("/api/register", { data: account, headers: { Origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
    const sameSite = await request.post("/api/register", { data: account, headers: { Origin: new URL(baseURL!).origin } });
    expect(sameSite.status()).toBe(201);
  });
});

test.describe("account API without a session", () => {
  test("answers 401 with a message", async ({ request }) => {
    for (const response of [
      await request.patch("/api/account", { data: { name: "Nobody" } }),
      await request.delete("/api/account", { data: { confirmEmail: "nobody@example.test" } }),
      await request.post("/api/account/password", { data: { currentPassword: "x", newPassword: "long enough password" } }),
      await request.get("/api/account/export"),
    ]) {
      expect(response.status(), response.url()).toBe(401);
      expect((await response.json()).error).toMatch(/Sign in/);
    }
  });
});

test.describe("POST /api/password-reset", () => {
  test("answers 202 with the same message whether or not the address has an account", async ({ request }) => {
    const account = newTestAccount();
    expect((await request.post("/api/register", { data: account })).status()).toBe(201);
    const known = await request.post("/api/password-reset", { data: { email: account.email } });
    const unknown = await request.post("/api/password-reset", { data: { email: newTestAccount().email } });
    expect(known.status()).toBe(202);
    expect(unknown.status()).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(await known.json()).toEqual({
      delivery: "log",
      message: expect.stringContaining("the reset link was written to the server log"),
    });
  });

  test("answers 400 to a reset with an unknown token", async ({ request }) => {
    const response = await request.post("/api/password-reset/confirm", {
      data: { token: "not-a-real-token", password: "a good new password" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/not valid/);
  });
});
