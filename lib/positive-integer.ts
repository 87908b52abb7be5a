/**
 * A number setting read from the environment: the value when it is a whole number above zero, else
 * undefined, so callers write `positiveInteger(process.env.X) ?? default`. A typo ("1o0", "-5", "")
 * falls back to the default instead of turning a limit off or to zero.
 */
export function positiveInteger(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
