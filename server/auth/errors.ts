/** Thrown by requireUser(); apiRoute() answers 401 with this message. */
export class UnauthorizedError extends Error {
  constructor(message = "Sign in to do this.") {
    super(message);
  }
}
