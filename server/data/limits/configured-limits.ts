/**
 * The limits of lib/limits.ts, as this server applies them. An operator (or a test, or the bench)
 * may change one with an environment variable; a value that is not a positive integer is ignored.
 *   WRITE_RATE_NOTES, WRITE_RATE_REPLIES, WRITE_RATE_EDITS, WRITE_RATE_PROPOSALS, WRITE_RATE_VOTES,
 *   WRITE_RATE_SHARES, WRITE_RATE_ASSIGNMENTS, WRITE_RATE_WORDS, WRITE_RATE_ROLES (writes per window), QUOTA_NOTES_PER_DOCUMENT, QUOTA_REPLIES_PER_DOCUMENT,
 *   QUOTA_PROPOSALS_PER_SENTENCE, QUOTA_SHARES_PER_USER, QUOTA_WORDS_PER_USER, STREAMS_PER_USER, STREAMS_PER_ADDRESS.
 * WRITE_LIMITS=off turns write rates and quotas off altogether: for the benchmark, which measures
 * the note-writing path itself with one account writing thousands of notes. Never in production.
 */
import "server-only";
import { QUOTAS, STREAM_CAPS, WRITE_RATES, type WriteKind } from "@/lib/limits";
import type { Limit } from "../rate-limit";
import { positiveInteger } from "@/lib/positive-integer";

const fromEnv = (name: string, fallback: number): number => positiveInteger(process.env[name]) ?? fallback;

export const writeLimitsOff = () => process.env.WRITE_LIMITS === "off";

export function writeRate(kind: WriteKind): Limit {
  const { max, windowMinutes } = WRITE_RATES[kind];
  return { bucket: `write-${kind}`, max: fromEnv(`WRITE_RATE_${kind.toUpperCase()}`, max), windowMinutes };
}

const QUOTA_ENV = {
  notesPerDocument: "QUOTA_NOTES_PER_DOCUMENT",
  repliesPerDocument: "QUOTA_REPLIES_PER_DOCUMENT",
  proposalsPerSentence: "QUOTA_PROPOSALS_PER_SENTENCE",
  sharesPerUser: "QUOTA_SHARES_PER_USER",
  wordsPerUser: "QUOTA_WORDS_PER_USER",
} as const satisfies Record<keyof typeof QUOTAS, string>;

export const quota = (name: keyof typeof QUOTAS) => fromEnv(QUOTA_ENV[name], QUOTAS[name]);

export const streamCaps = () => ({
  perUser: fromEnv("STREAMS_PER_USER", STREAM_CAPS.perUser),
  perAddress: fromEnv("STREAMS_PER_ADDRESS", STREAM_CAPS.perAddress),
});
