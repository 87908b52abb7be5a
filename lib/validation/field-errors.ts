/** A zod error as one message list per field (`a.b` paths, `_` for the whole input): the shape the API's `fieldErrors` has, built the same way by the server and the forms. */
import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return fieldErrors;
}
