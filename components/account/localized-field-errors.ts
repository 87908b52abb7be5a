/**
 * The shared zod schemas (lib/validation) speak English, to API clients too. A form shows the
 * person one sentence per field in the interface language instead, saying what to type.
 */
import type { FormErrors } from "@/components/api-client";

/**
 * Outside English, a message the form knows (`known`, English → interface language) is replaced by
 * its translation, and any other message of a field by that field's sentence (`byField`). English
 * keeps the schema's and the API's own, more specific messages.
 */
export function localizeErrors(
  errors: FormErrors,
  locale: string,
  byField: Record<string, string>,
  known: Record<string, string> = {},
): FormErrors {
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
