/**
 * Errors a route may throw on purpose; apiRoute() turns each into its status and message. Every
 * refusal carries a stable `code` from lib/errors/codes.ts in its details (required here, so no
 * refusal can lack one), sent beside the English message: `{ error, code, ...details }`. Numbers a
 * message mentions (limits, retryAfterSeconds) go in the details too, so the browser can say the
 * same in the interface language (messages/<locale>.json `errors.<code>`).
 */
import type { z } from "zod";
import type { ErrorCode } from "@/lib/errors/codes";
import { fieldCodesOf, fieldErrorsOf } from "@/lib/validation/field-errors";

export type ErrorDetails = { code: ErrorCode } & Record<string, unknown>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: ErrorDetails,
  ) {
    super(message);
  }

  get code(): ErrorCode {
    return this.details.code;
  }
}

type NotFoundCode = Extract<ErrorCode, `${string}_not_found`>;

export const notFound = (code: NotFoundCode, what: string) => new HttpError(404, `${what} was not found, or you may not see it.`, { code });

/** 400 with one message per field, from a zod error, and one code per message (`fieldCodes`, see field-errors.ts). */
export function validationError(error: z.ZodError, message = "Some fields are not valid."): HttpError {
  return new HttpError(400, message, { code: "invalid_fields", fieldErrors: fieldErrorsOf(error), fieldCodes: fieldCodesOf(error) });
}

/** Thrown by requireUser(); apiRoute() answers 401 `sign_in_required` with this message. */
export class UnauthorizedError extends Error {
  constructor(message = "Sign in to do this.") {
    super(message);
  }
}
