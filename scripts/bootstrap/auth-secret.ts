/**
 * The secret that signs session tokens. On the embedded default a new user needs no
 * configuration: one is generated into DATA_DIR on first start and reused after. With an external
 * database (production), every instance must share one, so it must be given.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. With DATABASE_URL (production), set NEXTAUTH_SECRET to one long random value " +
  "shared by every app instance, for example the output of `openssl rand -base64 32`.";

export async function resolveAuthSecret(options: { embedded: boolean; dataDir: string }): Promise<string> {
  const given = process.env.NEXTAUTH_SECRET?.trim();
  if (given) return given;
  if (!options.embedded) throw new Error(MISSING_SECRET_MESSAGE);
  const file = path.join(options.dataDir, "auth-secret");
  // An empty file (a start interrupted while writing it) would make every session request fail.
  const stored = existsSync(file) ? (await readFile(file, "utf8")).trim() : "";
  if (stored) return stored;
  await mkdir(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // Written whole, then renamed into place: a reader never sees a half-written secret.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, secret + "\n", { mode: 0o600 });
  await rename(temporary, file);
  return secret;
}
