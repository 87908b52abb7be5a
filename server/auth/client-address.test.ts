import { afterEach, describe, expect, it, vi } from "vitest";
import { addressKey, clientAddress, PEER_ADDRESS_HEADER } from "./client-address";
import { trustedProxyHops } from "../http/trusted-proxies";

afterEach(() => vi.unstubAllEnvs());

const request = (peer: string | undefined, forwardedFor?: string) =>
  new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("is the socket's peer by default, whatever X-Forwarded-For says", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "");
    vi.stubEnv("TRUST_PROXY", "");
    expect(clientAddress(request("192.0.2.7", "203.0.113.1, 203.0.113.2"))).toBe("192.0.2.7");
    expect(clientAddress(request("::ffff:192.0.2.7"))).toBe("192.0.2.7");
  });

  it("is one shared 'unknown' when the peer header is missing (a server not started by npm start)", () => {
    expect(clientAddress(request(undefined, "203.0.113.1"))).toBe("unknown");
  });

  it("with TRUSTED_PROXY_HOPS=N takes the Nth address from the right of X-Forwarded-For", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1"))).toBe("203.0.113.9");
    // Fewer entries than hops: the furthest one there is.
    expect(clientAddress(request("10.0.0.2", "203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2"))).toBe("10.0.0.2");
  });

  it("reads plain header records (next-auth's request) as well as Headers", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] })).toBe("203.0.113.9");
  });
});

describe("addressKey", () => {
  it("keeps IPv4 and counts IPv6 per /64", () => {
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("2001:DB8:0:1::5")).toBe("2001:db8:0:1::/64");
    expect(addressKey("2001:db8:0:1:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:0:1::/64");
    expect(addressKey("[2001:db8::1%eth0]")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:10.1.2.3")).toBe("10.1.2.3");
  });

  it("keeps something bounded for what is not an address", () => {
    expect(addressKey("x".repeat(500))).toHaveLength(64);
    expect(addressKey("")).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to 0 and accepts the old TRUST_PROXY=false as 0", () => {
    expect(trustedProxyHops({})).toEqual({ hops: 0 });
    expect(trustedProxyHops({ TRUST_PROXY: "false" })).toEqual({ hops: 0 });
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toEqual({ hops: 2 });
  });

  it("refuses TRUST_PROXY=true and hops that are not a small whole number, saying what to set", () => {
    expect(trustedProxyHops({ TRUST_PROXY: "true" })).toMatchObject({
      error: expect.stringMatching(/^TRUST_PROXY is no longer read: set TRUSTED_PROXY_HOPS/),
    });
    for (const bad of ["-1", "1.5", "yes", "11"])
      expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toMatchObject({ error: expect.stringMatching(/^TRUSTED_PROXY_HOPS must be/) });
  });
});
