"use client";
/**
 * What every account form does around its request: ignore a second Enter while one is under way,
 * check the fields with the server's zod schema, send, and show what went wrong in the form's error
 * summary in the interface language (`localize`, see localized-field-errors.ts).
 */
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrorsOf, NO_ERRORS, type FieldErrors, type FormErrors, type SendResult } from "@/components/api-client";

export type SendFailure = Extract<SendResult<unknown>, { ok: false }>;

export function useFormSubmit(localize: (errors: FormErrors) => FormErrors) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return {
    busy,
    errors,
    /** Starts a submit: false when one is already under way. */
    begin(event: FormEvent): boolean {
      event.preventDefault();
      return !busy;
    },
    /** The form's values through `schema`, or null with the field errors shown. */
    parse<S>(schema: z.ZodType<S>, input: unknown): S | null {
      const parsed = schema.safeParse(input);
      if (parsed.success) return parsed.data;
      setErrors(localize({ fieldErrors: fieldErrorsOf(parsed.error), formError: null }));
      return null;
    },
    /** Refuses with the form's own words (already in the interface language). */
    refuse(fieldErrors: FieldErrors, formError: string | null = null): null {
      setBusy(false);
      setErrors({ fieldErrors, formError });
      return null;
    },
    /**
     * Sends. A failure shows the answer's errors, or what `explain` makes of it, and gives null; a
     * success stays busy (the form usually goes on to sign in or move on): call `done` when it stops.
     */
    async send<T>(request: () => Promise<SendResult<T>>, explain?: (failed: SendFailure) => FormErrors | undefined): Promise<T | null> {
      setBusy(true);
      setErrors(NO_ERRORS);
      const result = await request();
      if (result.ok) return result.data;
      setBusy(false);
      // Only the schema's field errors need the form's sentences; any other refusal came localized from its code.
      setErrors(explain?.(result) ?? (result.code === "invalid_fields" ? localize(result.errors) : result.errors));
      return null;
    },
    done: () => setBusy(false),
  };
}
