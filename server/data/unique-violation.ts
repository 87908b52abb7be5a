/** Recognises a unique-index violation (Prisma P2002, or PostgreSQL 23505 through the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };
  if (e.code === "P2002") return true;
  const cause = e.meta?.driverAdapterError?.cause;
  return cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505";
}
