"use client";
/** Up / down vote buttons with their tallies; pressing the pressed one again removes the vote. */
import type { VoteTally } from "./types";

export function VoteButtons({ votes, label, signedIn, busy, onVote }: { votes: VoteTally; label: string; signedIn: boolean; busy: boolean; onVote: (value: 1 | -1 | 0) => void }) {
  const title = signedIn ? undefined : "Sign in to vote";
  return (
    <span className="vote-buttons" role="group" aria-label={`Votes for ${label}`}>
      <button type="button" className="vote-button" aria-pressed={votes.mine === 1} disabled={!signedIn || busy} title={title} aria-label={`Vote for ${label} (${votes.up} for)`} onClick={() => onVote(votes.mine === 1 ? 0 : 1)}>
        ▲ <span>{votes.up}</span>
      </button>
      <button type="button" className="vote-button" aria-pressed={votes.mine === -1} disabled={!signedIn || busy} title={title} aria-label={`Vote against ${label} (${votes.down} against)`} onClick={() => onVote(votes.mine === -1 ? 0 : -1)}>
        ▼ <span>{votes.down}</span>
      </button>
    </span>
  );
}
