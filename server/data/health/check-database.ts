import "server-only";
import { getPool } from "../../db";

/**
 * True when the database answers a trivial query within two seconds. On the pg pool, not through
 * Prisma: a server's first health check (what a deploy waits for) need not start Prisma's engine.
 */
export async function checkDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("health check timed out")), 2_000);
    });
    await Promise.race([getPool().query("SELECT 1"), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
