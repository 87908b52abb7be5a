/**
 * The facts of each live event (authorise-live-event.ts), read once per instance however many
 * readers of the document this instance streams to, then decided per reader. Kept a few seconds
 * after they are read: a reader's stream that gets to the event later than that reads it again.
 */
import "server-only";
import { getDb } from "../db";
import { readEventFacts, type EventFacts, type StoredLiveEvent } from "./authorise-live-event";

const KEEP_MS = 5_000;
const shared = new Map<string, Promise<EventFacts | null>>();

function once(id: bigint, read: () => Promise<EventFacts | null>): Promise<EventFacts | null> {
  const key = id.toString();
  let facts = shared.get(key);
  if (!facts) {
    facts = read();
    shared.set(key, facts);
    facts.then(
      () => setTimeout(() => shared.delete(key), KEEP_MS).unref(),
      () => shared.delete(key), // a failed read is not kept: the next reader tries again
    );
  }
  return facts;
}

/** The facts of the event a NOTIFY announced; null when its row is gone. */
export function factsOfNotice(id: bigint): Promise<EventFacts | null> {
  return once(id, async () => {
    const event = await getDb().liveEvent.findUnique({ where: { id } });
    return event ? readEventFacts(event) : null;
  });
}

/** The facts of an event row already read (a replay). */
export function factsOfEvent(event: StoredLiveEvent): Promise<EventFacts | null> {
  return once(event.id, () => readEventFacts(event));
}
