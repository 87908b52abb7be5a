/**
 * The writers of the benchmark's note load, with the write limits on (issue 19: "the benchmark
 * writes as the many users of a class do, not as one account"). Each account writes at most the
 * hourly note rate (lib/limits.ts) in the whole run; the pool signs up new ones as runs need them.
 */
import { WRITE_RATES } from "../../lib/limits";
import type { HttpUser } from "../../tests/support/http-user";
import { signUpMany } from "./accounts";

export class WriterPool {
  private readonly accounts: { user: HttpUser; left: number }[] = [];
  private signedUp = 0;

  constructor(
    private readonly base: string,
    private readonly perAccount = WRITE_RATES.notes.max,
  ) {}

  /**
   * `count` writers, each able to write `notesEach` more notes within its hourly rate: accounts
   * with that much left are used again, new ones signed up for the rest. The notes are counted as
   * written from here on.
   */
  async writers(count: number, notesEach: number): Promise<HttpUser[]> {
    if (notesEach > this.perAccount) throw new Error(`a writer writes at most ${this.perAccount} notes an hour (asked ${notesEach})`);
    const chosen = this.accounts.filter((a) => a.left >= notesEach).slice(0, count);
    const fresh = await signUpMany(this.base, `Writer ${this.signedUp}`, count - chosen.length);
    this.signedUp += fresh.length;
    for (const user of fresh) {
      const account = { user, left: this.perAccount };
      this.accounts.push(account);
      chosen.push(account);
    }
    for (const account of chosen) account.left -= notesEach;
    return chosen.map((a) => a.user);
  }

  /**
   * Enough writers for at most `notes` notes in all, taken in turn (for a load that sends as fast as
   * it is answered, so the count is known only afterwards): `settle` with the count of notes sent
   * gives back to each writer what it did not write.
   */
  async writersFor(notes: number): Promise<{ users: HttpUser[]; settle: (sent: number) => void }> {
    const count = Math.ceil(notes / this.perAccount);
    const reserved = Math.ceil(notes / count);
    const users = await this.writers(count, reserved);
    const settle = (sent: number) => {
      const each = Math.ceil(sent / count); // requests take the sessions in turn
      for (const account of this.accounts) if (users.includes(account.user)) account.left += Math.max(0, reserved - each);
    };
    return { users, settle };
  }
}
