/**
 * `npm run backup [-- <file>]`: writes a consistent backup of the database (DATABASE_URL, or the
 * embedded one in DATA_DIR, running or not) to <file>, by default backups/interleaf-<time>.jsonl.gz.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { backupDatabase } from "./bootstrap/backup/backup-database";
import { databaseForScript } from "./bootstrap/database-for-scripts";

const root = path.resolve(import.meta.dirname, "..");
const file = path.resolve(
  process.argv[2] ?? path.join(root, "backups", `interleaf-${new Date().toISOString().replaceAll(":", "-")}.jsonl.gz`),
);
await mkdir(path.dirname(file), { recursive: true });
const database = await databaseForScript(root);
try {
  console.log(`[interleaf] Backing up ${database.describe}…`);
  const summary = await backupDatabase(database.url, file);
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  console.log(`[interleaf] Wrote ${file}: ${rows} rows in ${Object.keys(summary.tables).length} tables.`);
} catch (error) {
  console.error(`[interleaf] Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await database.release();
}
