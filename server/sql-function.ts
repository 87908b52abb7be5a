/**
 * A PostgreSQL function whose definition lives here, in TypeScript, beside the rules it is built
 * from (documents/visibility.ts and the like), instead of being frozen in a migration.
 *
 * Why a function at all: work that must run as several statements in one transaction (take locks,
 * then read under them) costs a round trip per statement from the app (BEGIN, each statement,
 * COMMIT). Called as one statement in autocommit, a PL/pgSQL function does the same in one round
 * trip and one commit; each statement inside a VOLATILE function still takes a fresh snapshot
 * under READ COMMITTED, so a read after a lock sees every commit made before the lock was granted.
 *
 * The function's name carries a hash of its definition: an instance running other code (during a
 * deploy) calls its own version, and defining is idempotent. Each process defines it once, under
 * an advisory lock so instances starting together do not race on the catalogue, and again if it
 * has gone missing (a test database rebuilt under a running process).
 */
import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import { getPool, inPgTransaction } from "./db";

export interface SqlFunction {
  name: string;
  definition: string;
}

/**
 * `parameters` and `returns` are SQL (`rows jsonb, bucket text`, `TABLE (ok boolean)`); `body` is
 * PL/pgSQL between BEGIN and END, which may use the parameters as $1, $2… Nothing here comes from
 * a user: every part is this app's own text.
 */
export function sqlFunction(base: string, parameters: string, returns: string, body: string): SqlFunction {
  const hash = createHash("sha256").update(`${parameters}\n${returns}\n${body}`).digest("hex").slice(0, 12);
  const name = `${base}_${hash}`;
  // use_column: RETURNS TABLE's names are variables too, and the body's queries mean the columns.
  const definition = `CREATE OR REPLACE FUNCTION ${name}(${parameters}) RETURNS ${returns}
LANGUAGE plpgsql VOLATILE AS $interleaf$
#variable_conflict use_column
BEGIN
${body}
END
$interleaf$`;
  return { name, definition };
}

const defined = new Map<string, Promise<void>>();

const UNDEFINED_FUNCTION = "42883";

/** `SELECT * FROM fn($1, …)`: one round trip once the function is defined. */
export async function callSqlFunction<R extends pg.QueryResultRow>(fn: SqlFunction, values: unknown[]): Promise<R[]> {
  const pool = getPool();
  await define(fn);
  const query = {
    // Named: each pooled connection parses and plans the call once.
    name: fn.name,
    text: `SELECT * FROM ${fn.name}(${values.map((_, i) => `$${i + 1}`).join(", ")})`,
    values,
  };
  try {
    return (await pool.query<R>(query)).rows;
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_FUNCTION) throw error;
    defined.delete(fn.name);
    await define(fn);
    return (await pool.query<R>(query)).rows;
  }
}

function define(fn: SqlFunction): Promise<void> {
  let done = defined.get(fn.name);
  if (!done) {
    done = inPgTransaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('interleaf-define-functions'))");
      const found = await client.query("SELECT 1 FROM pg_proc WHERE proname = $1 AND pronamespace = current_schema()::regnamespace", [
        fn.name,
      ]);
      if (!found.rowCount) await client.query(fn.definition);
    });
    defined.set(fn.name, done);
    done.catch(() => defined.delete(fn.name));
  }
  return done;
}
