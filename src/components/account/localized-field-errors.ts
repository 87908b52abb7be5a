/**
 * The shared zod schemas (src/lib/validation) speak English, to API clients too. A form shows the
 * person one sentence per field in the interface language instead, saying what to type.
 */
import type { z } from "zod";
import { NAME_MAX, PASSWORD_MIN } from "@/lib/validation/account";
import type { FieldErrors } from "./send-json";

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
