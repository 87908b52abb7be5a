"use client";
/**
 * The interface language. Choosing one writes the cookie the locale rewrites read, then reloads the same
 * address, which they now serve in that language. The cookie is not tied to the session,
 * so the choice survives signing in and out. Labels come from the server as props: this sits on
 * every page's first load, the reader's included.
 */
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "@/lib/i18n/locales";

interface Props {
  current: Locale;
  label: string;
  options: { value: Locale; name: string }[];
}

export function LocaleSwitcher({ current, label, options }: Props) {
  return (
    <label className="locale-switcher">
      <select
        aria-label={label}
        value={current}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
          window.location.reload();
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
