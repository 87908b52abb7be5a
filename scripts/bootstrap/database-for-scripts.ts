/**
 * The database a maintenance script (backup, restore) works on: DATABASE_URL when set; otherwise
 * the embedded one in DATA_DIR — the running app's, if it is up, else started just for the script.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { clusterDirOf, DATABASE_NAME, startEmbeddedDatabase } from "./embedded-database";

export interface ScriptDatabase {
  url: string;
  describe: string;
  release: () => Promise<void>;
}

function runningEmbeddedUrl(dataDir: string): string | null {
  const pidFile = path.join(clusterDirOf(dataDir), "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale: the server is not running
  }
  const password = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

export async function databaseForScript(root: string): Promise<ScriptDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, describe: "the database at DATABASE_URL", release: async () => {} };
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
  const running = runningEmbeddedUrl(dataDir);
  if (running) return { url: running, describe: `the running embedded database in ${dataDir}`, release: async () => {} };
  const embedded = await startEmbeddedDatabase({ dataDir, notice: (message) => console.log(`[interleaf] ${message}`) });
  return { url: embedded.url, describe: `the embedded database in ${dataDir}`, release: () => embedded.stop() };
}
