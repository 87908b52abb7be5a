/**
 * Which events one stream has sent, for the two ways an event reaches it: live (its NOTIFY, in
 * the hub's order) and by a replay (read from the LiveEvent table after a Last-Event-ID or a
 * resync). An event can come both ways only when a replay sent it first: a replay reads only ids
 * above every id sent before it (`highest`), and the hub hands each NOTIFY over once. So only a
 * replay's ids are remembered, each until its NOTIFY comes, and not every id ever sent: a set of
 * every id was 5,000 entries on each of a school's thousand streams (issue 19).
 */
export class SentEvents {
  /** The highest id sent: a replay starts after it. */
  highest: bigint;
  private replayed = new Set<bigint>();

  /** `limit`: a replay's ids kept at most (NOTIFYs of events written before the stream opened never come). */
  constructor(
    after: bigint | null,
    private readonly limit: number,
  ) {
    this.highest = after ?? 0n;
  }

  /** False when the event came by a replay before; counts it as sent otherwise. */
  live(id: bigint): boolean {
    if (this.replayed.delete(id)) return false;
    if (id > this.highest) this.highest = id;
    return true;
  }

  /** Counts an event a replay read as sent. */
  replay(id: bigint): boolean {
    this.replayed.add(id);
    // The oldest half goes at once, not one at a time.
    if (this.replayed.size > this.limit) this.replayed = new Set([...this.replayed].slice(this.limit / 2));
    if (id > this.highest) this.highest = id;
    return true;
  }
}
