/**
 * The shared zod schemas (lib/validation) speak English, to API clients too. A form shows the
 * person one sentence per field in the interface language instead, saying what to type.
 */
import type { z } from "zod";
import { NAME_MAX, PASSWORD_MIN } from "@/lib/validation/account";
import type { FieldErrors, FormErrors } from "@/components/api-client";

type Translate = (key: "nameInvalid" | "emailInvalid" | "passwordInvalid", values: { max: number; min: number }) => string;

const KEYS = { name: "nameInvalid", email: "emailInvalid", password: "passwordInvalid" } as const;

/** English keeps the schema's own, more specific messages; other languages get one sentence per field. */
export function localizedFieldErrors(error: z.ZodError, t: Translate, locale: string): FieldErrors {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_";
    const key = KEYS[field as keyof typeof KEYS];
    const message = key && locale !== "en" ? t(key, { max: NAME_MAX, min: PASSWORD_MIN }) : issue.message;
    if (!fieldErrors[field]?.includes(message)) (fieldErrors[field] ??= []).push(message);
  }
  return fieldErrors;
}

/**
 * The account and reset forms' version of the above, for their schemas' and API's English: outside
 * English, a message the form knows (`known`, English → interface language) is replaced by its
 * translation, and any other message of a field by that field's sentence (`byField`). English is
 * left as it is.
 */
export function localizeErrors(errors: FormErrors, locale: string, byField: Record<string, string>, known: Record<string, string> = {}): FormErrors {
  if (locale === "en") return errors;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors.fieldErrors)) {
    for (const message of messages ?? []) {
      const localized = known[message] ?? byField[field] ?? message;
      if (!fieldErrors[field]?.includes(localized)) (fieldErrors[field] ??= []).push(localized);
    }
  }
  return { fieldErrors, formError: errors.formError === null ? null : (known[errors.formError] ?? errors.formError) };
}
