import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUnstorableText } from "./database-errors";

const adapterError = (cause: object) => Object.assign(new Error("db"), { name: "DriverAdapterError", cause });

describe("isDatabaseUnavailable", () => {
  it("recognises the shapes a missing database takes", () => {
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ originalCode: "57P03", originalMessage: "the database system is shutting down" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    // pg on the raw pool, when the server goes away mid-query.
    expect(isDatabaseUnavailable(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", errno: -104, syscall: "read" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
  });

  it("does not mistake the caller's errors for an outage", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("isUnstorableText", () => {
  it("recognises text PostgreSQL refuses", () => {
    expect(isUnstorableText(adapterError({ originalCode: "22021" }))).toBe(true);
    expect(isUnstorableText({ meta: { driverAdapterError: { cause: { originalCode: "22P05" } } } })).toBe(true);
    expect(isUnstorableText(new Error('invalid byte sequence for encoding "UTF8": 0x00'))).toBe(true);
    expect(isUnstorableText(adapterError({ originalCode: "23505" }))).toBe(false);
  });
});
