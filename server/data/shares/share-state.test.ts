import { describe, expect, it } from "vitest";
import { hashJoinCode, shareState, type ShareFacts } from "./share-state";

const NOW = Date.parse("2030-01-01T00:00:00Z");
const invitation: ShareFacts = {
  classId: "c1",
  allowJoin: true,
  joinCodeHash: hashJoinCode("c1", "ABCDEFGH"),
  expiresAt: null,
  revokedAt: null,
};
const asMade = { joinCode: "ABCDEFGH", makerRole: "teacher" };

describe("shareState", () => {
  it("keeps an invitation working while the code and its maker's teaching stay", () => {
    expect(shareState(invitation, asMade, NOW)).toBe("active");
  });

  it("ends an invitation when the class code changes or its maker no longer teaches the class", () => {
    expect(shareState(invitation, { ...asMade, joinCode: "HGFEDCBA" }, NOW)).toBe("lapsed");
    expect(shareState(invitation, { ...asMade, makerRole: "student" }, NOW)).toBe("lapsed");
    expect(shareState(invitation, { ...asMade, makerRole: null }, NOW)).toBe("lapsed");
    expect(shareState({ ...invitation, joinCodeHash: null }, asMade, NOW)).toBe("lapsed");
  });

  it("binds the code to its class: the same code in another class is another hash", () => {
    expect(hashJoinCode("c1", "ABCDEFGH")).not.toBe(hashJoinCode("c2", "ABCDEFGH"));
  });

  it("says revoked and expired first, and does not end links that admit nobody", () => {
    expect(shareState({ ...invitation, revokedAt: new Date(NOW - 1) }, asMade, NOW)).toBe("revoked");
    expect(shareState({ ...invitation, expiresAt: new Date(NOW) }, asMade, NOW)).toBe("expired");
    expect(shareState({ ...invitation, allowJoin: false, joinCodeHash: null }, { joinCode: "HGFEDCBA", makerRole: null }, NOW)).toBe(
      "active",
    );
  });
});
