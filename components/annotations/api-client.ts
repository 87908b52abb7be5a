/**
 * The reader's calls to the annotations API. Every failure comes back as a message a person can
 * act on, and says whether trying again may help (network errors, 5xx, 429) or not (other 4xx).
 */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string; retryable: boolean };

export async function callApi<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<ApiResult<T>> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { ...(json !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, error: "No connection to the server.", retryable: true };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const body = (await response.json().catch(() => null)) as ({ error?: string; fieldErrors?: Record<string, string[]> } & T) | null;
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const fieldMessages = body?.fieldErrors ? Object.entries(body.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`) : [];
  const error = [body?.error ?? `The server answered ${response.status}.`, ...fieldMessages].join(" ");
  return { ok: false, status: response.status, error, retryable: response.status >= 500 || response.status === 429 || response.status === 408 };
}
