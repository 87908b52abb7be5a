/**
 * Every limit on how much one person or address may write, read or hold open, in one place
 * (finding 7 of issue 14). The numbers are chosen so a heavy real student never meets them: a
 * student who annotates a whole letter in one evening writes a few hundred notes, not thousands,
 * and nobody types 120 notes in an hour. The server enforces them (server/data/limits/**); the
 * browser only uses the page size. The server can scale them with environment variables (see
 * server/data/limits/configured-limits.ts) for tests and unusual deployments.
 */

/** Writes per user in a sliding window (counted in PostgreSQL, so every instance agrees). */
export const WRITE_RATES = {
  /** New notes and highlights. */
  notes: { max: 120, windowMinutes: 60 },
  /** New replies. */
  replies: { max: 120, windowMinutes: 60 },
  /** Edits of one's notes, replies and proposals (each one is a live event for every reader). */
  edits: { max: 600, windowMinutes: 60 },
  /** New translation proposals. */
  proposals: { max: 60, windowMinutes: 60 },
  /** Votes cast, changed or removed. */
  votes: { max: 600, windowMinutes: 60 },
  /** New share links. */
  shares: { max: 30, windowMinutes: 60 },
  /** New, changed or deleted assignments (a teacher sets a few a week). */
  assignments: { max: 60, windowMinutes: 60 },
  /** Words saved to My words, or removed from it. */
  words: { max: 300, windowMinutes: 60 },
} as const;

export type WriteKind = keyof typeof WRITE_RATES;

/** What one user may hold at once (deleting frees room). */
export const QUOTAS = {
  /** Notes and highlights by one user on one document. */
  notesPerDocument: 2_000,
  /** Replies by one user on one document. */
  repliesPerDocument: 2_000,
  /** Translation proposals by one user for one sentence. */
  proposalsPerSentence: 20,
  /** Share links one user has made (revoked or lapsed ones included until deleted with the account). */
  sharesPerUser: 500,
  /** Words in one reader's My words. */
  wordsPerUser: 5_000,
} as const;

/** List endpoints answer at most this many items per request and a `next` cursor for the rest. */
export const PAGE_SIZE = { default: 100, max: 500 } as const;

/** A page of notes also stops once its notes pass this many bytes of JSON (20 KB notes make 500 a lot); it always holds at least one. */
export const PAGE_MAX_BYTES = 4_000_000;

/** Exports stop after this many notes and say so (they are built page by page, never all at once). */
export const EXPORT_MAX_NOTES = 10_000;
/** ... or once their notes pass this many bytes of JSON. */
export const EXPORT_MAX_BYTES = 16_000_000;

/** Open live event streams (server-sent events), counted per app instance. */
export const STREAM_CAPS = { perUser: 8, perAddress: 30 } as const;

/** How long bookkeeping rows are kept before the pruner deletes them. */
/** How long after deleting a note its author may still undo it (the reader offers Undo for a few seconds). */
export const UNDO_DELETE_MINUTES = 10;

export const RETENTION = {
  /** Replay after Last-Event-ID: a reader away longer reloads the list anyway. */
  liveEventHours: 7 * 24,
  /** Retries of a write with the same Idempotency-Key (the browser's outbox retries within minutes to days). */
  idempotencyKeyHours: 7 * 24,
  /** No rate-limit window is longer than an hour; a day leaves room. */
  rateLimitEventHours: 24,
  /** Notifications, read or not: an inbox is about what happened lately. */
  notificationDays: 90,
  /** How often each instance runs the pruner. */
  pruneEveryMinutes: 10,
} as const;

/** The inbox in the header (issue 16.2). */
export const NOTIFICATIONS = {
  /** Ids one "mark read" request may name; more, or everything, with `{ all: true }`. */
  maxIdsPerRead: 500,
  /** How often an open page asks for the unread count. */
  pollSeconds: 60,
  /** Students whose work is not done are reminded once when their assignment is due within this many hours. */
  dueSoonHours: 24,
  /** Assignments one maintenance run reminds about at most; the next run (minutes later) takes the rest. */
  remindersPerRun: 50,
  /** With SMTP_URL: at most one digest e-mail per reader in this many hours, ... */
  digestEveryHours: 24,
  /** ... listing at most this many notifications (then "and 12 more"), ... */
  digestItems: 20,
  /** ... and at most this many digests sent by one maintenance run. */
  digestsPerRun: 200,
} as const;

/** @mentions in notes and replies (issue 16.2). */
export const MENTIONS = {
  /** Different people one note or reply can notify; mentions past them are kept as plain text. */
  maxPeoplePerNote: 20,
  /** Members the editor's @ list asks for at a time, and the most the search endpoint answers. */
  search: { default: 8, max: 20 },
  /** Longest name fragment the search takes. */
  queryLength: 50,
} as const;
