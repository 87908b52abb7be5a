/**
 * next-auth hands the sign-in form only a string: the message of what `authorize` threw. A refusal
 * meant for people (throttled, database down) travels in it as JSON with its stable `code`, so the
 * form says it in the interface language like any API refusal (components/api-errors.ts), and the
 * English `error` when the code is unknown. "CredentialsSignin" (wrong e-mail or password) is
 * next-auth's own and stays as it is.
 */
import type { ErrorCode } from "./codes";

export interface SignInRefusal extends Record<string, unknown> {
  code: ErrorCode | string;
  error: string;
}

export const encodeSignInRefusal = (code: ErrorCode, error: string, details: Record<string, number> = {}): string =>
  JSON.stringify({ code, error, ...details });

/** The refusal in `text`, or null when it is not one (a plain message, "CredentialsSignin"). */
export function decodeSignInRefusal(text: string | null | undefined): SignInRefusal | null {
  if (!text || text.length > 2000 || !text.startsWith("{")) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object") return null;
    const { code, error } = value as Record<string, unknown>;
    return typeof code === "string" && typeof error === "string" ? (value as SignInRefusal) : null;
  } catch {
    return null;
  }
}
