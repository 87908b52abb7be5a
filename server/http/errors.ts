/**
 * Errors a route may throw on purpose; apiRoute() turns each into its status and message. A
 * refusal a client should recognise carries a stable `code` in its details (snake_case, e.g.
 * `{ code: "rate_limited", retryAfterSeconds }`), sent beside the message.
 */
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} was not found, or you may not see it.`);

/** 400 with one message per field, from a zod error. */
export function validationError(error: z.ZodError, message = "Some fields are not valid."): HttpError {
  return new HttpError(400, message, { code: "invalid_fields", fieldErrors: fieldErrorsOf(error) });
}

/** Thrown by requireUser(); apiRoute() answers 401 with this message. */
export class UnauthorizedError extends Error {
  constructor(message = "Sign in to do this.") {
    super(message);
  }
}
