/**
 * Whether a link still works, in one place for opening, joining and the lists. A link stops
 * working when revoked or expired; a link that admits members also stops when the class's join
 * code changes (the link remembers the code it was made under, hashed) or when its maker no longer
 * teaches the class: the right to invite is the maker's, and it does not outlive them.
 */
import { createHash } from "node:crypto";
import { HttpError } from "../../http/errors";

export type ShareState = "active" | "expired" | "revoked" | "lapsed";

/** The join code a link was made under, bound to its class so equal codes in two classes differ. */
export const hashJoinCode = (classId: string, joinCode: string) => createHash("sha256").update(`${classId}\n${joinCode}`).digest("hex");

export interface ShareFacts {
  classId: string | null;
  allowJoin: boolean;
  joinCodeHash: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** `current` is the class as it is now: its join code and the maker's role in it (null if none). */
export function shareState(
  share: ShareFacts,
  current: { joinCode: string | null; makerRole: string | null },
  now = Date.now(),
): ShareState {
  if (share.revokedAt) return "revoked";
  if (share.expiresAt && share.expiresAt.getTime() <= now) return "expired";
  if (share.allowJoin) {
    const sameCode = !!share.classId && !!current.joinCode && share.joinCodeHash === hashJoinCode(share.classId, current.joinCode);
    if (!sameCode || current.makerRole !== "teacher") return "lapsed";
  }
  return "active";
}

/**
 * The one answer for every link that does not work (made up, revoked, expired, lapsed, or asked to
 * admit when it does not): telling them apart would tell a guesser which tokens once existed.
 */
export const linkDoesNotWork = () =>
  new HttpError(
    404,
    "This link does not work: it may have been turned off, have expired, or not have been copied whole. Ask the person who shared it for a new one.",
    {
      code: "share_link_not_working",
    },
  );
