/** Minutes an address waits after too many wrong class codes: the server enforces it, the join form says it (no zod in the browser for one number). */
export const JOIN_CODE_WINDOW_MINUTES = 15;
