import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../limits";
import { pageOf, pageQuerySchema, pageWindow } from "./page-query";

describe("page query", () => {
  it("defaults to the default page size and the start of the list", () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: PAGE_SIZE.default, after: 0 });
  });

  it("refuses pages larger than the maximum and cursors that are not positions", () => {
    expect(pageQuerySchema.safeParse({ limit: String(PAGE_SIZE.max + 1) }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ after: "-1" }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ after: "1e9" }).success).toBe(false);
  });

  it("reads one more row than the page to know whether there is a next page", () => {
    const page = pageQuerySchema.parse({ limit: "2", after: "4" });
    expect(pageWindow(page)).toEqual({ skip: 4, take: 3 });
    expect(pageOf(["e", "f", "g"], page)).toEqual({ items: ["e", "f"], next: "6" });
    expect(pageOf(["e", "f"], page)).toEqual({ items: ["e", "f"], next: null });
  });
});
