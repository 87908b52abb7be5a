import { describe, expect, it } from "vitest";
import { inviteUrl, qrDataUrl } from "./invite-qr";

describe("invite link and QR code", () => {
  it("puts the code in the join page's address, escaped", () => {
    expect(inviteUrl("https://interleaf.example", "ABCD-EFGH")).toBe("https://interleaf.example/classes?code=ABCD-EFGH");
    expect(inviteUrl("http://localhost:3000", "a&b")).toBe("http://localhost:3000/classes?code=a%26b");
  });

  it("draws an SVG image as a data: URL", async () => {
    const url = await qrDataUrl("https://interleaf.example/classes?code=ABCD-EFGH");
    expect(url.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(",") + 1));
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<path");
  });
});
