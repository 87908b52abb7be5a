/**
 * Says an API refusal in the interface language, from its `code` (lib/errors/codes.ts) and the
 * numbers in its details, with messages/<locale>.json `ApiErrors.<code>`. The page's layout
 * registers the translator once (<ApiErrorMessages />, error-translator.ts), so every callApi()
 * answer is localized without each form knowing the API's English; no caller matches English
 * sentences. Loaded with the first refusal (api-client.ts), not with every page.
 *
 * A code this build does not know (a newer server) keeps the server's English, as does a field
 * message in English (the schema's own sentence is more specific than the per-code one).
 */
import type { FieldCodes, FieldErrors } from "@/lib/validation/field-errors";
import { currentErrorTranslator, type ErrorTranslator } from "./error-translator";

export type { ErrorTranslator };

const NOT_VALUES = new Set(["code", "fieldErrors", "fieldCodes", "path", "error"]);

/** The details an ICU message may name: numbers and short strings, plus `retryMinutes` from `retryAfterSeconds`. */
export function messageValues(details: Record<string, unknown>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details)) {
    if (NOT_VALUES.has(name)) continue;
    if (typeof value === "number" && Number.isFinite(value)) values[name] = value;
    else if (typeof value === "string" && value.length <= 100) values[name] = value;
  }
  if (typeof values.retryAfterSeconds === "number") values.retryMinutes = Math.max(1, Math.ceil(values.retryAfterSeconds / 60));
  return values;
}

/** Codes whose field messages come from the schema (each field has its own `fieldCodes`). */
const PER_FIELD = new Set(["invalid_fields", "invalid_query"]);

export interface LocalizedRefusal {
  message: string | null;
  fieldErrors: FieldErrors;
}

/**
 * The refusal's message and field messages in the interface language, with `translator`: the
 * code's message; each field's message from its field code, or, for a refusal about one field
 * (wrong_current_password on currentPassword), the refusal's own message.
 */
export function localizeRefusal(
  body: Record<string, unknown>,
  fieldErrors: FieldErrors,
  translator: ErrorTranslator | null = currentErrorTranslator(),
): LocalizedRefusal {
  const code = typeof body.code === "string" ? body.code : null;
  if (!translator || !code) return { message: null, fieldErrors };
  const message = translator.say(code, messageValues(body));
  const fieldCodes = (body.fieldCodes && typeof body.fieldCodes === "object" ? body.fieldCodes : {}) as FieldCodes;
  const localized: FieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (!PER_FIELD.has(code)) localized[field] = message ? [message] : messages;
    else if (translator.locale === "en") localized[field] = messages;
    else {
      const issues = fieldCodes[field] ?? [];
      const said = issues.map((issue) => translator.say(`field.${issue.code}`, issue.limit === undefined ? {} : { limit: issue.limit }));
      localized[field] = said.length > 0 && said.every((s) => s !== null) ? [...new Set(said as string[])] : messages;
    }
  }
  return { message, fieldErrors: localized };
}
