/**
 * The driver adapter Prisma's WASM schema engine uses for `migrate` commands, with two
 * workarounds for bugs in @prisma/adapter-pg 6.19's migration path. CLI only: the app's
 * runtime client uses @prisma/adapter-pg unchanged.
 *
 * 1. prisma/orm#27403: the schema engine introspects catalog columns of type `name` (oid 19)
 *    and `"char"` (oid 18), which the adapter cannot map ("Column type 'name' could not be
 *    deserialized"). Both are text on the wire, so we report them as `text` (oid 25).
 * 2. `connectToShadowDb()` drops the shadow database while its own pool is still connected,
 *    and ignores the database override when the config is a connection string. We open the
 *    shadow database from discrete fields and drop it `WITH (FORCE)` after closing our pool.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

function reportCatalogTypesAsText(result: unknown): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
}

class CatalogTextClient extends pg.Client {
  // pg calls query() both with a callback (from Pool.query) and without (promise form).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query has a dozen overloads; we pass them all through
  override query(...args: unknown[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => {
        if (!err) reportCatalogTypesAsText(res);
        callback(err, res);
      };
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending instanceof Promise) {
      return pending.then((res) => {
        reportCatalogTypesAsText(res);
        return res;
      });
    }
    return pending;
  }
}

function poolConfig(connectionString: string, database?: string): pg.PoolConfig {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: database ?? decodeURIComponent(url.pathname.slice(1)),
    Client: CatalogTextClient as unknown as typeof pg.Client,
    // The CLI never ends its pool: without this the process lingers for pg's 10 s idle timeout.
    allowExitOnIdle: true,
  };
}

class MigrationPg extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super(poolConfig(connectionString));
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(poolConfig(this.connectionString));
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();

    const shadow = await new PrismaPg(poolConfig(this.connectionString, database)).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(poolConfig(this.connectionString));
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  }
}

export function migrationAdapterFactory(connectionString: string) {
  return new MigrationPg(connectionString);
}
