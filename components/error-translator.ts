/**
 * The interface language's API error messages, registered once by the page's layout
 * (<ApiErrorMessages />) for callApi(). Kept apart from api-errors.ts, which turns a refusal into
 * those messages and loads only when a call is refused, not with every page.
 */
export interface ErrorTranslator {
  locale: string;
  /** The message for `key` under ApiErrors, or null when there is none or it cannot be formatted. */
  say(key: string, values: Record<string, string | number>): string | null;
}

let current: ErrorTranslator | null = null;

export function setErrorTranslator(translator: ErrorTranslator | null): void {
  current = translator;
}

export function currentErrorTranslator(): ErrorTranslator | null {
  return current;
}

/** The interface language's sentence for a call that got no usable answer (`client.noConnection`, `client.serverAnswered`), or null. */
export function clientSentence(key: "noConnection" | "serverAnswered", values: { status?: number } = {}): string | null {
  return current?.say(`client.${key}`, values) ?? null;
}
