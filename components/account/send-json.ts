/**
 * Sends a form's JSON to one of our API routes and turns every outcome into something a form can
 * show: the route's field errors and message, or a sentence about the network or the server.
 */
import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export interface FormErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}

export const NO_ERRORS: FormErrors = { fieldErrors: {}, formError: null };

export type SendResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; errors: FormErrors };

/** One message list per field, the same shape the API's `fieldErrors` has. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return fieldErrors;
}

/** The two sentences this module writes itself, in the interface language when the form passes them. */
type Say = ((key: "noConnection") => string) & ((key: "serverAnswered", values: { status: number }) => string);
const english: Say = ((key: string, values?: { status: number }) =>
  key === "noConnection" ? "Could not reach Interleaf. Check your connection and try again." : `The server answered ${values?.status}. Please try again in a moment.`) as Say;

export async function sendJson<T = unknown>(url: string, method: "POST" | "PATCH" | "DELETE", body: unknown, say: Say = english): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, errors: { fieldErrors: {}, formError: say("noConnection") } };
  }
  const data = (await response.json().catch(() => null)) as { error?: unknown; fieldErrors?: unknown } | null;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const fieldErrors = data && typeof data.fieldErrors === "object" && data.fieldErrors ? (data.fieldErrors as FieldErrors) : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const message = typeof data?.error === "string" ? data.error : say("serverAnswered", { status: response.status });
  // With field errors, the summary lists them; the general "Some fields are not valid." adds nothing.
  return { ok: false, status: response.status, errors: { fieldErrors, formError: hasFieldErrors ? null : message } };
}
