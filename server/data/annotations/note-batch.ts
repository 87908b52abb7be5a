/**
 * Group commit for new notes: notes that arrive while the database is busy with earlier ones share
 * one statement and one commit (insert-annotations.ts), instead of one commit each.
 *
 * Most of a single-row insert's cost is its commit (a WAL flush) and its round trip. A note that
 * finds no batch on its way is sent at once (after the current turn of the event loop, so notes
 * parsed together go together): nobody waits for company. Notes that arrive while batches are on
 * their way queue and go together as soon as one returns. Each caller is answered only after the
 * commit that holds its own note, with its own checks' outcome.
 *
 * When the statement itself fails (not a check: those refuse one note and store the rest), the
 * batch's notes are tried again one by one, so one note's failure is never another's.
 */
import "server-only";
import { noteLimits } from "../limits/write-limits";
import { insertAnnotations, type InsertAnnotationInput, type InsertAnnotationOutcome } from "./insert-annotations";

/** Batches on their way at once: one filling while one commits keeps the database busy without queueing on itself. */
const MAX_IN_FLIGHT = 2;
/** A bound on one statement's size (a note may be 20 KB). */
const MAX_BATCH = 50;

interface Waiting {
  note: InsertAnnotationInput;
  resolve: (outcome: InsertAnnotationOutcome) => void;
  reject: (error: unknown) => void;
}

let queue: Waiting[] = [];
let inFlight = 0;
let scheduled = false;

/** Stores one note with whatever notes arrive with it; resolves once its commit is durable. */
export function insertAnnotation(note: InsertAnnotationInput): Promise<InsertAnnotationOutcome> {
  return new Promise((resolve, reject) => {
    queue.push({ note, resolve, reject });
    schedule();
  });
}

function schedule(): void {
  if (scheduled || queue.length === 0 || inFlight >= MAX_IN_FLIGHT) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    while (queue.length > 0 && inFlight < MAX_IN_FLIGHT) {
      const batch = takeBatch();
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        schedule();
      });
    }
  });
}

/** The queue's first notes, up to MAX_BATCH, leaving a second use of one Idempotency-Key for a later batch. */
function takeBatch(): Waiting[] {
  const batch: Waiting[] = [];
  const later: Waiting[] = [];
  const keys = new Set<string>();
  for (const waiting of queue) {
    const key = waiting.note.idempotency && `${waiting.note.authorId}\u0000${waiting.note.idempotency.key}`;
    if (batch.length >= MAX_BATCH || (key && keys.has(key))) later.push(waiting);
    else {
      if (key) keys.add(key);
      batch.push(waiting);
    }
  }
  queue = later;
  return batch;
}

async function run(batch: Waiting[]): Promise<void> {
  const limits = noteLimits();
  try {
    const outcomes = await insertAnnotations(
      batch.map((w) => w.note),
      limits,
    );
    batch.forEach((w, i) => w.resolve(outcomes[i]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    await Promise.all(batch.map((w) => insertAnnotations([w.note], limits).then((outcomes) => w.resolve(outcomes[0]!), w.reject)));
  }
}
