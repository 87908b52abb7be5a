/**
 * The shared zod schemas (lib/validation) speak English, to API clients too. A form shows the
 * person one sentence per field in the interface language instead, saying what to type. This is
 * for the schema's field errors only (`invalid_fields`, or the form's own check before sending):
 * every other refusal arrives already in the interface language from its code (api-errors.ts).
 */
import type { FormErrors } from "@/components/api-client";

/**
 * Outside English, each message of a field becomes that field's sentence (`byField`); English keeps
 * the schema's own, more specific messages. Never matches the English: it goes by field.
 */
export function localizeErrors(errors: FormErrors, locale: string, byField: Record<string, string>): FormErrors {
  if (locale === "en") return errors;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors.fieldErrors)) {
    for (const message of messages ?? []) {
      const localized = byField[field] ?? message;
      if (!fieldErrors[field]?.includes(localized)) (fieldErrors[field] ??= []).push(localized);
    }
  }
  return { fieldErrors, formError: errors.formError };
}
