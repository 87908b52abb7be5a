/**
 * Accounts for browser journeys: a fresh user per call, registered through the API and signed in
 * through next-auth's credentials endpoint with `page.request`, which shares the browser
 * context's cookies, so the page is signed in on its next navigation. No UI involved: journeys
 * about other features start signed in, quickly.
 */
import type { APIResponse, Page } from "@playwright/test";

export interface TestAccount {
  email: string;
  password: string;
  name: string;
}

let counter = 0;

/** Unique across workers, runs and retries (the e2e database is kept between runs). */
export function newTestAccount(overrides?: { name?: string }): TestAccount {
  const id = `${Date.now().toString(36)}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  return { email: `e2e-${id}@example.test`, password: `e2e password ${id}`, name: overrides?.name ?? `Reader ${id.slice(-6)}` };
}

async function describe(response: APIResponse): Promise<string> {
  const body = await response.text().catch(() => "");
  return `${response.status()} ${response.url()}: ${body.slice(0, 500)}`;
}

export async function registerAccount(page: Page, account: TestAccount): Promise<{ id: string }> {
  const response = await page.request.post("/api/register", { data: account });
  if (response.status() !== 201) throw new Error(`Registering ${account.email} failed: ${await describe(response)}`);
  return (await response.json()) as { id: string };
}

/** Signs the page's browser context in as `account`, the way next-auth's own signIn() does. */
export async function signInThroughApi(page: Page, account: Pick<TestAccount, "email" | "password">): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  if (!csrf.ok()) throw new Error(`Could not get a CSRF token: ${await describe(csrf)}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("next-auth answered /api/auth/csrf without a csrfToken.");

  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const params = body.url ? new URL(body.url, "http://placeholder").searchParams : undefined;
  const error = params?.get("error") ?? (params?.get("csrf") ? "CSRF token refused" : null);
  if (!response.ok() || error)
    throw new Error(`Signing in ${account.email} failed (${error ?? "no session"}): ${await describe(response)}`);

  const cookies = await page.context().cookies();
  if (!cookies.some((c) => /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/.test(c.name))) {
    throw new Error(`Signing in ${account.email} set no session cookie (cookies: ${cookies.map((c) => c.name).join(", ") || "none"}).`);
  }
}

/** Registers a new user and signs this page's browser context in as them. */
export async function signUpAndSignIn(page: Page, overrides?: { name?: string }): Promise<TestAccount> {
  const account = newTestAccount(overrides);
  await registerAccount(page, account);
  await signInThroughApi(page, account);
  return account;
}
