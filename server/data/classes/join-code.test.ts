import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("uses no look-alike characters and has 8 of them", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it("reads what people type: any case, spaces and dashes", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ab cd ef gh")).toBe("ABCDEFGH");
    expect(formatJoinCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });
});
