/**
 * The browser's one way to call our API. Every outcome comes back as data: the answer, or a
 * failure with the route's message and `fieldErrors` in the interface language (from its stable
 * `code`, see api-errors.ts; the server's English only for a code this build does not know), and
 * whether trying again may help (no connection, 5xx, 408, 429 rate_limited) or not (other 4xx, and 429 quota_reached). Forms take the
 * failure as `FormErrors` through `sendJson`.
 */
import type { FieldErrors } from "@/lib/validation/field-errors";
import { clientSentence } from "./error-translator";

export type { FieldErrors };
export { fieldErrorsOf } from "@/lib/validation/field-errors";

export interface ApiFailure {
  ok: false;
  status: number;
  /** The route's message, followed by its field messages: one sentence to show as it is. */
  error: string;
  /** The route's message alone (or this module's, when there was no answer), in the interface language. */
  message: string;
  /** The refusal's code (lib/errors/codes.ts); absent when no answer came. */
  code?: string;
  /** The route's own English message, for logs and for codes this build has no message for. */
  serverMessage?: string;
  fieldErrors: FieldErrors;
  retryable: boolean;
}
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

/** The two sentences this module writes itself: the caller's, or the registered interface language's (error-translator.ts), or English. */
export type Say = ((key: "noConnection") => string) & ((key: "serverAnswered", values: { status: number }) => string);
const english: Say = ((key: "noConnection" | "serverAnswered", values?: { status: number }) =>
  clientSentence(key, values) ??
  (key === "noConnection"
    ? "Could not reach Interleaf. Check your connection and try again."
    : `The server answered ${values?.status}. Please try again in a moment.`)) as Say;

/**
 * `answer`: the same request, already on its way (the reader's first-screen notes, asked for before
 * hydration: annotations/first-screen-notes.ts); its answer is read here as if sent here.
 */
export async function callApi<T>(
  path: string,
  init: RequestInit & { json?: unknown; say?: Say; answer?: Promise<Response> } = {},
): Promise<ApiResult<T>> {
  const { json, headers, say = english, answer, ...rest } = init;
  let response: Response;
  try {
    response = await (answer ??
      fetch(path, {
        ...rest,
        headers: { Accept: "application/json", ...(json !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
        body: json !== undefined ? JSON.stringify(json) : rest.body,
        credentials: "same-origin",
      }));
  } catch {
    const message = say("noConnection");
    return { ok: false, status: 0, error: message, message, fieldErrors: {}, retryable: true };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const body = (await response.json().catch(() => null)) as
    ({ error?: unknown; code?: unknown; fieldErrors?: unknown } & Record<string, unknown>) | null;
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const sent = body && typeof body.fieldErrors === "object" && body.fieldErrors ? (body.fieldErrors as FieldErrors) : {};
  const serverMessage = typeof body?.error === "string" ? body.error : undefined;
  // The refusal's messages load with the first refusal; without them (offline by then) the server's English stays.
  const localized = await import("./api-errors").then(
    ({ localizeRefusal }) => localizeRefusal(body ?? {}, sent),
    () => ({ message: null, fieldErrors: sent }),
  );
  const fieldErrors = localized.fieldErrors;
  const message = localized.message ?? serverMessage ?? say("serverAnswered", { status: response.status });
  // A refusal about one field (wrong_current_password) repeats its message there: said once.
  const fieldMessages = Object.entries(fieldErrors)
    .filter(([, messages]) => (messages ?? []).some((m) => m !== message))
    .map(([field, messages]) => `${field}: ${(messages ?? []).join(" ")}`);
  return {
    ok: false,
    status: response.status,
    error: [message, ...fieldMessages].join(" "),
    message,
    ...(typeof body?.code === "string" ? { code: body.code } : {}),
    ...(serverMessage ? { serverMessage } : {}),
    fieldErrors,
    // A full quota (429 quota_reached) stays full until the person deletes something: retrying cannot help.
    retryable: response.status >= 500 || (response.status === 429 && body?.code !== "quota_reached") || response.status === 408,
  };
}

export interface FormErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}
export const NO_ERRORS: FormErrors = { fieldErrors: {}, formError: null };
export type SendResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code?: string; errors: FormErrors };

/** A form's JSON sent with callApi; a failure becomes the form's errors (with field errors, the summary lists them and needs no general line). */
export async function sendJson<T = unknown>(
  url: string,
  method: "POST" | "PATCH" | "DELETE",
  body: unknown,
  say?: Say,
): Promise<SendResult<T>> {
  const result = await callApi<T>(url, { method, json: body, say });
  if (result.ok) return result;
  const hasFieldErrors = Object.keys(result.fieldErrors).length > 0;
  return {
    ok: false,
    status: result.status,
    ...(result.code ? { code: result.code } : {}),
    errors: { fieldErrors: result.fieldErrors, formError: hasFieldErrors ? null : result.message },
  };
}
