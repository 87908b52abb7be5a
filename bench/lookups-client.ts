/**
 * The readers of the `aids` step in a process of their own (bench/run.ts starts it), so that their
 * timings are the server's and not this machine's other clients' (the class's 30 writers run in the
 * bench's process): `tsx bench/lookups-client.ts <base> <readers> <lookups/s each> <seconds> <start at, ms since the epoch>`
 * prints the figures by kind as one line of JSON.
 */
import { letterLookups, timeLookups } from "./lib/lookups";

const [base, readers, ratePerReader, durationSeconds, startAt] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const figures = await timeLookups({
  lookups: letterLookups(base!),
  readers: Number(readers),
  ratePerReader: Number(ratePerReader),
  durationSeconds: Number(durationSeconds),
});
console.log(JSON.stringify(figures));
