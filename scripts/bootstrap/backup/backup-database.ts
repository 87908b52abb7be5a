/**
 * `npm run backup`: a logical backup of every table, read in one REPEATABLE READ snapshot (so it is
 * consistent while the app keeps writing), written as gzipped JSON lines: a header naming the
 * migrations the data belongs to, then one line per row, parents before children.
 *
 * Why not pg_dump: the embedded PostgreSQL is version 17 and ships no client tools, and the
 * pg_dump these machines can install (Debian's, version 15) refuses to dump a newer server.
 * Restoring goes through the same migrations as a new install, then loads the rows.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import pg from "pg";
import { quoteIdent, tablesInDependencyOrder } from "./table-order";

export const BACKUP_FORMAT = "interleaf-backup/1";
const BATCH = 2000;

export interface BackupSummary {
  file: string;
  tables: Record<string, number>;
  migrations: string[];
}

export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(JSON.stringify(value) + "\n")) await once(gzip, "drain");
  };
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    const tables = await tablesInDependencyOrder(client);
    await write({ format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables });
    for (const table of tables) {
      counts[table] = 0;
      // Keyset pages over the physical row order of this snapshot: stable and cheap.
      for (let offset = 0; ; offset += BATCH) {
        const { rows } = await client.query<{ row: unknown }>(
          `SELECT row_to_json(t) AS row FROM ${quoteIdent(table)} t ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`,
        );
        for (const { row } of rows) await write({ table, row });
        counts[table] += rows.length;
        if (rows.length < BATCH) break;
      }
    }
    await client.query("COMMIT");
    gzip.end();
    await once(out, "close");
    return { file, tables: counts, migrations };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    throw error;
  } finally {
    await client.end();
  }
}
