"use client";
/** Up / down vote buttons with their tallies; pressing the pressed one again removes the vote. */
import { useTranslations } from "next-intl";
import type { VoteTally } from "./types";

export function VoteButtons({
  votes,
  label,
  signedIn,
  busy,
  onVote,
}: {
  votes: VoteTally;
  label: string;
  signedIn: boolean;
  busy: boolean;
  onVote: (value: 1 | -1 | 0) => void;
}) {
  const t = useTranslations("Compare");
  const title = signedIn ? undefined : t("signInToVote");
  return (
    <span className="vote-buttons" role="group" aria-label={t("votesFor", { label })}>
      <button
        type="button"
        className="vote-button"
        aria-pressed={votes.mine === 1}
        disabled={!signedIn || busy}
        title={title}
        aria-label={t("voteFor", { label, count: votes.up })}
        onClick={() => onVote(votes.mine === 1 ? 0 : 1)}
      >
        ▲ <span>{votes.up}</span>
      </button>
      <button
        type="button"
        className="vote-button"
        aria-pressed={votes.mine === -1}
        disabled={!signedIn || busy}
        title={title}
        aria-label={t("voteAgainst", { label, count: votes.down })}
        onClick={() => onVote(votes.mine === -1 ? 0 : -1)}
      >
        ▼ <span>{votes.down}</span>
      </button>
    </span>
  );
}
