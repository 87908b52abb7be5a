/**
 * The facts of each live event (authorise-live-event.ts), read once per instance however many
 * readers of the document this instance streams to, then decided per reader. Kept a few seconds
 * after they are read: a reader's stream that gets to the event later than that reads it again.
 *
 * Announced events are read in batches: while one read is under way, the events announced
 * meanwhile wait and are read together by the next. A quiet class reads each note at once; a busy
 * one (150 notes/s) reads a few per statement instead of competing with its own writes for the
 * pool, one read per note.
 */
import "server-only";
import { getDb } from "../db";
import { readEventFacts, readEventsFacts, type EventFacts, type StoredLiveEvent } from "./authorise-live-event";

const KEEP_MS = 5_000;
const BATCH_LIMIT = 200;
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

interface Waiting {
  id: bigint;
  resolve: (facts: EventFacts | null) => void;
  reject: (error: unknown) => void;
}

let waiting: Waiting[] = [];
let reading = false;

async function readWaiting(): Promise<void> {
  if (reading) return;
  reading = true;
  try {
    while (waiting.length) {
      const batch = waiting.slice(0, BATCH_LIMIT);
      waiting = waiting.slice(batch.length);
      try {
        const rows = await getDb().liveEvent.findMany({ where: { id: { in: batch.map((w) => w.id) } } });
        const facts = new Map((await readEventsFacts(rows)).map((f) => [f.event.id, f]));
        for (const w of batch) w.resolve(facts.get(w.id) ?? null);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
  } finally {
    reading = false;
  }
}

/** The facts of the event a NOTIFY announced; null when its row is gone. */
export function factsOfNotice(id: bigint): Promise<EventFacts | null> {
  return once(id, () => {
    const facts = new Promise<EventFacts | null>((resolve, reject) => waiting.push({ id, resolve, reject }));
    void readWaiting();
    return facts;
  });
}

/** The facts of an event row already read (a replay). */
export function factsOfEvent(event: StoredLiveEvent): Promise<EventFacts | null> {
  return once(event.id, () => readEventFacts(event));
}
