import { afterEach, describe, expect, it, vi } from "vitest";
import { exportOrigin } from "./public-origin";

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe("exportOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("uses the configured public origin when there is one", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://interleaf.school.example/some/path");
    expect(exportOrigin(request("http://0.0.0.0:3000/api/x", { host: "10.0.0.5:3000" }))).toBe("https://interleaf.school.example");
  });

  it("otherwise uses the origin the client reached, never the bound 0.0.0.0", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(exportOrigin(request("http://0.0.0.0:3000/api/x", { host: "localhost:3000" }))).toBe("http://localhost:3000");
    vi.stubEnv("PORT", "3100");
    expect(exportOrigin(request("http://0.0.0.0:3100/api/x", { host: "0.0.0.0:3100" }))).toBe("http://localhost:3100");
    expect(exportOrigin(request("http://0.0.0.0:3100/api/x", { host: "bad host/x" }))).toBe("http://localhost:3100");
  });

  it("believes X-Forwarded-Host and -Proto only behind proxies the operator declared", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    const forwarded = { host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(exportOrigin(request("http://0.0.0.0:3000/api/x", forwarded))).toBe("http://localhost:3000");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(exportOrigin(request("http://0.0.0.0:3000/api/x", { ...forwarded, "x-forwarded-host": "reader.example" }))).toBe(
      "https://reader.example",
    );
  });
});
