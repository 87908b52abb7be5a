/**
 * A signed-in person talking to a running app over HTTP, with a cookie jar: registered through
 * the API and signed in through next-auth's credentials endpoint, as the browser does. Also reads
 * a document's server-sent events for a while.
 */
let counter = 0;

export class HttpUser {
  readonly cookies = new Map<string, string>();
  id = "";
  constructor(readonly baseUrl: string) {}

  /** The same person (same session cookie) talking to another app instance. */
  on(baseUrl: string): HttpUser {
    const other = new HttpUser(baseUrl);
    other.id = this.id;
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }

  /** The Cookie header this person sends (for tools such as a load generator). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }

  send(method: string, path: string, body?: unknown): Promise<Response> {
    return this.fetch(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

export async function signUp(baseUrl: string, name: string): Promise<HttpUser> {
  counter += 1;
  const user = new HttpUser(baseUrl);
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${counter}@example.test`;
  const password = `password for ${name} ${counter}`;
  const registered = await user.send("POST", "/api/register", { email, password, name });
  if (registered.status !== 201) throw new Error(`register ${name}: ${registered.status} ${await registered.text()}`);
  user.id = ((await registered.json()) as { id: string }).id;
  const { csrfToken } = (await (await user.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await user.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/", json: "true" }).toString(),
  });
  if (![...user.cookies.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign in ${name}: ${signedIn.status} ${await signedIn.text()}`);
  return user;
}

export interface SseEvent {
  id: string | null;
  event: string;
  data: unknown;
}

/**
 * Reads a document's event stream until `until` returns true for the events so far, or
 * `timeoutMs` passes; returns what arrived (a timeout is not an error: "nothing arrived" is a result).
 */
export async function readEvents(
  who: HttpUser,
  slug: string,
  options: { lastEventId?: string; timeoutMs?: number; until?: (events: SseEvent[]) => boolean; onOpen?: () => Promise<void> | void } = {},
): Promise<{ status: number; contentType: string | null; events: SseEvent[] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 3_000);
  const query = options.lastEventId ? `?lastEventId=${options.lastEventId}` : "";
  const events: SseEvent[] = [];
  let response: Response;
  try {
    response = await who.fetch(`/api/documents/${slug}/events${query}`, { signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
  if (response.status !== 200 || !response.body) {
    clearTimeout(timer);
    return { status: response.status, contentType: response.headers.get("content-type"), events };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let opened = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: string | null = null;
        let event = "message";
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) id = line.slice(4);
          else if (line.startsWith("event: ")) event = line.slice(7);
          else if (line.startsWith("data: ")) data.push(line.slice(6));
        }
        if (data.length) events.push({ id, event, data: JSON.parse(data.join("\n")) });
      }
      if (!opened) {
        opened = true;
        await options.onOpen?.();
      }
      if (options.until?.(events)) break;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status: response.status, contentType: response.headers.get("content-type"), events };
}

/** Every note `who` may see on `slug`, following the list's `next` cursor page by page (the API answers at most 500 at a time). */
export async function listAllNotes<T = { id: string }>(who: HttpUser, slug: string): Promise<T[]> {
  const notes: T[] = [];
  let after: string | null = null;
  do {
    const response = await who.fetch(
      `/api/annotations?document=${encodeURIComponent(slug)}&limit=500${after ? `&after=${encodeURIComponent(after)}` : ""}`,
    );
    if (response.status !== 200) throw new Error(`listing notes on ${slug}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { annotations: T[]; next: string | null };
    notes.push(...page.annotations);
    after = page.next;
  } while (after);
  return notes;
}
