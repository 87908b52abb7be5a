/**
 * `npm run restore`: loads a backup into an empty database. The schema comes from the project's
 * migrations (the same `prisma migrate deploy` as a new install); the backup must belong to the
 * same migrations. All rows load in one transaction: a restore is complete or leaves nothing.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { migrateDatabase } from "../prepare-database";
import { BACKUP_FORMAT } from "./backup-database";
import { quoteIdent } from "./table-order";

const BATCH = 1000;

export async function restoreDatabase(databaseUrl: string, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as { format?: string; migrations?: string[] });
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not an Interleaf backup (${BACKUP_FORMAT}).`);

  await migrateDatabase(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const applied = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    if (JSON.stringify(applied) !== JSON.stringify(header.migrations)) {
      throw new Error(
        `This backup was made at migrations [${header.migrations?.join(", ")}], but this version of Interleaf has [${applied.join(", ")}]. Restore it with the version of Interleaf that made it, then upgrade.`,
      );
    }
    const { rows: nonEmpty } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "Document" WHERE "ownerId" IS NOT NULL OR slug <> 'openai-letter-2023'`,
    );
    const users = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "User"`);
    if (Number(nonEmpty[0]!.n) > 0 || Number(users.rows[0]!.n) > 0)
      throw new Error("The target database already holds data: restore into a new, empty database.");

    await client.query("BEGIN");
    // The seeded letter may already be there (npm start seeds); the backup carries it too.
    await client.query(`DELETE FROM "Document"`);
    let table = "";
    let batch: unknown[] = [];
    const flush = async () => {
      if (!batch.length) return;
      await client.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`, [
        JSON.stringify(batch),
      ]);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const line = JSON.parse(next.value) as { table: string; row: unknown };
      if (line.table !== table || batch.length >= BATCH) {
        await flush();
        table = line.table;
      }
      batch.push(line.row);
    }
    await flush();
    // Identity columns continue after the restored rows.
    const { rows: serials } = await client.query<{ tbl: string; col: string }>(
      `SELECT table_name AS tbl, column_name AS col FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    for (const { tbl, col } of serials) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quoteIdent(col)}) FROM ${quoteIdent(tbl)}), 0) + 1, false)`,
        [quoteIdent(tbl), col],
      );
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
