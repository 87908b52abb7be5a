/**
 * A signed-in HTTP client for tests that drive a running app: registers a user and signs in
 * through next-auth's credentials endpoint, keeping the cookies it is given.
 */
import { randomUUID } from "node:crypto";

export interface HttpSession {
  email: string;
  cookie: string;
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
}

function collectCookies(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

export async function signUpOverHttp(baseUrl: string, name = "Tester"): Promise<HttpSession> {
  const email = `http-${randomUUID()}@example.test`;
  const password = `pw ${randomUUID()}`;
  const registered = await fetch(`${baseUrl}/api/register`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password, name }) });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  return signInOverHttp(baseUrl, email, password);
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  collectCookies(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  collectCookies(signedIn, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in set no session cookie (${signedIn.status})`);
  const cookie = cookieHeader();
  return {
    email,
    cookie,
    fetch: (path, init = {}) => fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } }),
  };
}
