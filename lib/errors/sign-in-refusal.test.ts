import { describe, expect, it } from "vitest";
import { decodeSignInRefusal, encodeSignInRefusal } from "./sign-in-refusal";

describe("sign-in refusals", () => {
  it("round-trip with their code and numbers", () => {
    const text = encodeSignInRefusal("sign_in_throttled", "Too many failed sign-ins.", { retryAfterSeconds: 600 });
    expect(decodeSignInRefusal(text)).toEqual({ code: "sign_in_throttled", error: "Too many failed sign-ins.", retryAfterSeconds: 600 });
  });

  it("are not read into next-auth's own words, plain text or malformed JSON", () => {
    for (const text of ["CredentialsSignin", "Signing in failed.", "{not json", '{"code":1,"error":"x"}', "", null, undefined])
      expect(decodeSignInRefusal(text)).toBeNull();
  });
});
