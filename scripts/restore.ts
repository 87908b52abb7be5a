/**
 * `npm run restore -- <file>`: restores a backup into an EMPTY database: DATABASE_URL, or a new
 * DATA_DIR for the embedded default (e.g. `DATA_DIR=.data-restored npm run restore -- file`, then
 * `DATA_DIR=.data-restored npm start`). It refuses a database that already holds data.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { restoreDatabase } from "./bootstrap/backup/restore-database";
import { databaseForScript } from "./bootstrap/database-for-scripts";

const root = path.resolve(import.meta.dirname, "..");
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("[interleaf] Say which backup to restore: npm run restore -- <file>");
  process.exit(1);
}
const database = await databaseForScript(root);
try {
  console.log(`[interleaf] Restoring ${file} into ${database.describe}…`);
  const counts = await restoreDatabase(database.url, path.resolve(file));
  console.log(`[interleaf] Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.`);
} catch (error) {
  console.error(`[interleaf] Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await database.release();
}
