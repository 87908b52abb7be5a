/**
 * How many live event streams one user and one address may hold open (finding 7 of issue 14):
 * every open stream costs this instance a query per class note, so 2,000 streams of one account
 * made each note cost seconds. Counted in this process's memory, which is exact for what it
 * limits: a stream lives in one process and its cost falls on that process. Behind a load
 * balancer the cap is therefore per instance (N instances allow N times the numbers).
 */
import "server-only";
import { HttpError } from "../http/errors";
import { streamCaps } from "../data/limits/configured-limits";

const byUser = new Map<string, number>();
const byAddress = new Map<string, number>();

/** How long a refused reader should wait: streams are long-lived, so a minute is a fair guess. */
const RETRY_AFTER_SECONDS = 60;

const add = (counts: Map<string, number>, key: string, delta: number) => {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
};

/**
 * Reserves one stream for `userId` (null when signed out) from `address`, or throws 429 with
 * Retry-After. Inbox streams have the same caps, counted separately. Returns the release function, which is safe to call more than once.
 */
export function reserveStream(user: string | null, from: string, pool: "document" | "inbox" = "document"): () => void {
  const caps = streamCaps();
  // The inbox stream (one per open page) is counted apart, so it never takes a document stream's place.
  const userId = user && pool === "inbox" ? `inbox:${user}` : user;
  const address = pool === "inbox" ? `inbox:${from}` : from;
  if (userId && (byUser.get(userId) ?? 0) >= caps.perUser) {
    throw new HttpError(
      429,
      `You already have ${caps.perUser} live connections open (tabs or windows reading a document). Close some and try again.`,
      {
        code: "too_many_streams",
        max: caps.perUser,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    );
  }
  if ((byAddress.get(address) ?? 0) >= caps.perAddress) {
    throw new HttpError(429, `Your address already has ${caps.perAddress} live connections open. Close some tabs and try again.`, {
      code: "too_many_streams",
      max: caps.perAddress,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  }
  if (userId) add(byUser, userId, 1);
  add(byAddress, address, 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (userId) add(byUser, userId, -1);
    add(byAddress, address, -1);
  };
}
