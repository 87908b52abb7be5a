import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/account")).toBe("/account");
    expect(safeCallbackUrl("/documents/openai-letter-2023?layout=stacked#s03")).toBe("/documents/openai-letter-2023?layout=stacked#s03");
  });

  it("never leads to another site", () => {
    expect(safeCallbackUrl("https://evil.example/steal")).toBe("/steal");
    expect(safeCallbackUrl("//evil.example/x")).toBe("/x");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl("http://evil.example//other.example")).toBe("/");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/");
  });

  it("falls back to the home page", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
    expect(safeCallbackUrl(["/account", "/x"])).toBe("/account");
    expect(safeCallbackUrl("/signin?callbackUrl=/account")).toBe("/");
    expect(safeCallbackUrl("/signup")).toBe("/");
  });
});
