/**
 * What a session needs to know about its account on every request: whether it still exists, its
 * sessionVersion (bumped by a password change or reset: older sessions end), and its current name
 * and e-mail. Read through a short per-instance cache, because every signed-in request asks.
 *
 * The bound: a change made through this instance is seen at once (the functions that make it call
 * forgetSessionAccount); one made through another instance is seen here within SESSION_ACCOUNT_TTL_MS.
 * So after a password change or sign-out-everywhere, another instance may accept the old session
 * for up to that long, never longer.
 */
import "server-only";
import { BoundedCache } from "../../cache/bounded-cache";
import { getPool } from "../../db";

export const SESSION_ACCOUNT_TTL_MS = 5_000;

export interface SessionAccount {
  email: string;
  name: string;
  sessionVersion: number;
}

const accounts = new BoundedCache<string, SessionAccount | null>({ maxEntries: 10_000, ttlMs: SESSION_ACCOUNT_TTL_MS });

/**
 * The account's session facts, or null when it is gone. Throws when the database cannot answer.
 * `fresh` skips the cache: a read that began before a change and finished after
 * forgetSessionAccount() can leave the old facts cached, so a session is never ended on them.
 */
export async function sessionAccount(userId: string, options: { fresh?: boolean } = {}): Promise<SessionAccount | null> {
  if (options.fresh) {
    const { rows } = await getPool().query<SessionAccount>({
      name: "interleaf-session-account",
      text: `SELECT email, name, "sessionVersion" FROM "User" WHERE id = $1`,
      values: [userId],
    });
    const account = rows[0] ?? null;
    accounts.set(userId, account);
    return account;
  }
  const cached = accounts.get(userId);
  if (cached !== undefined) return cached;
  return batchedRead(userId);
}

/** Several accounts' session facts in one statement (a prepared statement: one name, one text). */
const READ_ACCOUNTS = {
  name: "interleaf-session-accounts",
  text: `SELECT id, email, name, "sessionVersion" FROM "User" WHERE id = ANY($1::text[])`,
};

/** Reads in flight, each with the accounts forgotten while it read: what it read of those is not cached. */
const reading = new Set<Set<string>>();

/**
 * Reads the accounts' facts in one statement and caches them, except an account forgotten while it
 * read (its facts may be from before the change). Counts a change where a cached sessionVersion
 * moves or the account is gone.
 */
async function readAccounts(ids: string[]): Promise<Map<string, SessionAccount | null>> {
  const forgotten = new Set<string>();
  reading.add(forgotten);
  try {
    const { rows } = await getPool().query<SessionAccount & { id: string }>({ ...READ_ACCOUNTS, values: [ids] });
    const found = new Map(rows.map(({ id, ...account }) => [id, account]));
    const read = new Map(ids.map((id) => [id, found.get(id) ?? null]));
    for (const [id, account] of read) {
      if (forgotten.has(id)) continue;
      if (account?.sessionVersion !== accounts.get(id)?.sessionVersion) changes++;
      accounts.set(id, account);
    }
    return read;
  } finally {
    reading.delete(forgotten);
  }
}

/** The cached facts, without reading: undefined when this instance has none fresh. */
export function cachedSessionAccount(userId: string): SessionAccount | null | undefined {
  return accounts.get(userId);
}

/**
 * Cache misses of one moment read in one statement: a thousand open streams of a thousand
 * readers each ask again every SESSION_ACCOUNT_TTL_MS, and one query each took the pool from the
 * writes (issue 19's school-scale step). A user already being read waits for that read.
 */
type Waiting = { resolve: (a: SessionAccount | null) => void; reject: (e: unknown) => void; promise: Promise<SessionAccount | null> };
let batch: Map<string, Waiting> | null = null;

function batchedRead(userId: string): Promise<SessionAccount | null> {
  if (!batch) {
    const mine = new Map<string, Waiting>();
    batch = mine;
    setImmediate(() => {
      batch = null;
      readAccounts([...mine.keys()]).then(
        (read) => mine.forEach((waiting, id) => waiting.resolve(read.get(id) ?? null)),
        (error: unknown) => mine.forEach((waiting) => waiting.reject(error)),
      );
    });
  }
  let waiting = batch.get(userId);
  if (!waiting) {
    let resolve!: (a: SessionAccount | null) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<SessionAccount | null>((res, rej) => ((resolve = res), (reject = rej)));
    waiting = { resolve, reject, promise };
    batch.set(userId, waiting);
  }
  return waiting.promise;
}

/** Call after changing what sessionAccount() returns (after the change has committed). */
export function forgetSessionAccount(userId: string): void {
  accounts.delete(userId);
  for (const forgotten of reading) forgotten.add(userId);
  changes++;
}

/**
 * Counts the moments a session could have ended here: an account forgotten, or read again with a
 * new sessionVersion or gone. What confirmed a session before the count moved must be asked again.
 */
let changes = 0;
export const sessionAccountChanges = (): number => changes;

/**
 * Accounts whose facts are kept in the cache, read again together every half TTL, and how many
 * open streams want each. A thousand readers' live streams each confirm their session before every
 * event; with the facts always cached that is a lookup, not a thousand reads queued every
 * SESSION_ACCOUNT_TTL_MS while the events wait behind them (issue 19's school-scale step).
 */
const watched = new Map<string, number>();
let refresher: NodeJS.Timeout | null = null;
let refreshing = false;

/** Reads the watched accounts again (every half TTL; exported for the tests). */
export async function refreshWatchedSessionAccounts(): Promise<void> {
  if (refreshing || watched.size === 0) return;
  refreshing = true;
  try {
    await readAccounts([...watched.keys()]);
  } catch {
    // Unanswered: the entries age out as they would have, and each stream reads for itself.
  } finally {
    refreshing = false;
  }
}

/** Keeps the account's facts cached while the returned function has not been called. */
export function watchSessionAccount(userId: string): () => void {
  watched.set(userId, (watched.get(userId) ?? 0) + 1);
  refresher ??= setInterval(() => void refreshWatchedSessionAccounts(), SESSION_ACCOUNT_TTL_MS / 2).unref();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = watched.get(userId)! - 1;
    if (left > 0) watched.set(userId, left);
    else watched.delete(userId);
    if (watched.size === 0 && refresher) {
      clearInterval(refresher);
      refresher = null;
    }
  };
}
