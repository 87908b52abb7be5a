/**
 * Numbers that reach PostgreSQL columns: an `integer` column holds -2^31 … 2^31-1 and a `bigint`
 * one -2^63 … 2^63-1, so a larger number a client sends is refused here (400) rather than by the
 * database (500). Dates are kept to years 1970–9999: PostgreSQL and JavaScript agree on those, and
 * ISO 8601 writes them with four digits.
 */
export const INT4_MAX = 2_147_483_647;
export const INT8_MAX = 9_223_372_036_854_775_807n;
export const EARLIEST_DATE = Date.UTC(1970, 0, 1);
export const LATEST_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const isSaneDate = (date: Date) => !Number.isNaN(date.getTime()) && date.getTime() >= EARLIEST_DATE && date.getTime() <= LATEST_DATE;

/** A non-negative bigint id written in decimal (a live event id), or null when it is not one. */
export function parseBigintId(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,19}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= INT8_MAX ? id : null;
}
