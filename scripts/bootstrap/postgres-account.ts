/**
 * PostgreSQL refuses to run as root. When we are root (CI, containers), the embedded server runs
 * as the system user `postgres`, made here if it does not exist. These helpers also check what
 * that user can reach, because a project cloned into a private folder (/root, `mktemp -d`) is
 * out of its reach.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { userInfo } from "node:os";
import type { RunAs } from "./postgres-binaries";

export const SERVER_ACCOUNT = "postgres";

export function runningAsRoot(): boolean {
  return process.platform !== "win32" && userInfo().uid === 0;
}

function lookUp(name: string): RunAs | null {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** The `postgres` account, created as a system user without a login shell if missing. */
export function serverAccount(): RunAs {
  const existing = lookUp(SERVER_ACCOUNT);
  if (existing) return existing;
  try {
    if (spawnSync("getent", ["group", SERVER_ACCOUNT], { stdio: "ignore" }).status !== 0)
      execFileSync("groupadd", ["--system", SERVER_ACCOUNT], { stdio: "pipe" });
    execFileSync("useradd", ["--system", "--gid", SERVER_ACCOUNT, "--no-create-home", "--shell", "/usr/sbin/nologin", SERVER_ACCOUNT], {
      stdio: "pipe",
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(
      `PostgreSQL cannot run as root, and the user "${SERVER_ACCOUNT}" to run it as does not exist and could not be created (${detail}). ` +
        `Create that user (e.g. useradd --system ${SERVER_ACCOUNT}), run Interleaf as a normal user, or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  const made = lookUp(SERVER_ACCOUNT);
  if (!made) throw new Error(`The user "${SERVER_ACCOUNT}" was created but cannot be looked up (id -u ${SERVER_ACCOUNT}).`);
  return made;
}

/** Whether `user` can enter and write into `dir` (every folder above it included). */
export function canWriteIn(dir: string, user: RunAs): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'test -d "$1" && test -x "$1" && test -w "$1"', "sh", dir], {
    cwd: "/",
    ...user,
    stdio: "ignore",
  });
  return !result.error && result.status === 0;
}

/** Whether `user` can enter `dir` (every folder above it included). */
export function canEnter(dir: string, user: RunAs): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'test -d "$1" && test -x "$1"', "sh", dir], { cwd: "/", ...user, stdio: "ignore" });
  return !result.error && result.status === 0;
}
