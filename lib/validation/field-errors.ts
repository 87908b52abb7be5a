/**
 * A zod error as one message list per field (`a.b` paths, `_` for the whole input): the shape the
 * API's `fieldErrors` has, built the same way by the server and the forms. Beside it, `fieldCodes`
 * gives each message a code from FIELD_ERROR_CODES (and the limit it names), so the browser can say
 * it in the interface language (messages/<locale>.json `errors.field.<code>`) instead of English.
 */
import type { z } from "zod";
import { FIELD_ERROR_CODES, type FieldErrorCode } from "@/lib/errors/field-codes";

export type FieldErrors = Record<string, string[] | undefined>;
export interface FieldIssue {
  code: FieldErrorCode;
  /** The minimum or maximum the message names (characters, items or a number). */
  limit?: number;
}
export type FieldCodes = Record<string, FieldIssue[] | undefined>;

const pathOf = (issue: z.core.$ZodIssue) => issue.path.join(".") || "_";

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[pathOf(issue)] ??= []).push(issue.message);
  return fieldErrors;
}

const KNOWN_FIELD_CODES: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);

/** What kind of problem a zod issue is, in the few words every form can say in any language. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  switch (issue.code) {
    case "too_small": {
      const limit = Number(issue.minimum);
      if (issue.origin === "string") return limit <= 1 ? { code: "required" } : { code: "too_short", limit };
      return { code: issue.origin === "array" || issue.origin === "set" ? "too_few" : "too_small", limit };
    }
    case "too_big": {
      const limit = Number(issue.maximum);
      if (issue.origin === "string") return { code: "too_long", limit };
      return { code: issue.origin === "array" || issue.origin === "set" ? "too_many" : "too_big", limit };
    }
    case "invalid_format":
      return { code: issue.format === "email" ? "invalid_email" : "invalid_value" };
    case "invalid_type":
      return { code: issue.input === undefined || issue.input === null ? "required" : "invalid_value" };
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return { code: typeof code === "string" && KNOWN_FIELD_CODES.has(code) ? (code as FieldErrorCode) : "invalid_value" };
    }
    default:
      return { code: "invalid_value" };
  }
}

export function fieldCodesOf(error: z.ZodError): Record<string, FieldIssue[]> {
  const fieldCodes: Record<string, FieldIssue[]> = {};
  for (const issue of error.issues) (fieldCodes[pathOf(issue)] ??= []).push(fieldIssueOf(issue));
  return fieldCodes;
}
