/**
 * What can be wrong with one field, as `fieldCodes` in a 400 `invalid_fields` / `invalid_query`
 * answer (see lib/validation/field-errors.ts). Deliberately few and general: the English message
 * beside each says exactly what the schema wanted; the code lets the browser say the gist of it in
 * the interface language (messages/<locale>.json `errors.field.<code>`, with `{limit}`).
 */
export const FIELD_ERROR_CODES = [
  "required",
  "too_short",
  "too_long",
  "too_small",
  "too_big",
  "too_few",
  "too_many",
  "invalid_email",
  "invalid_value",
  "password_same_as_email",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
