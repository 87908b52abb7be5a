"use client";
/**
 * Reads every page of a list endpoint: the server answers at most a page (lib/limits.ts) and a
 * `next` cursor, and the screens that show a whole list (my classes, my share links) follow it.
 */
import { PAGE_SIZE } from "@/lib/limits";
import { callApi, type ApiResult } from "./api-client";

/** The first failure, or every item of `key` over all pages. Stops after `maxPages` pages, as a guard against a loop. */
export async function fetchAllPages<T>(path: string, key: string, maxPages = 50): Promise<ApiResult<T[]>> {
  const items: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = path.includes("?") ? "&" : "?";
    const result: ApiResult<Record<string, unknown>> = await callApi<Record<string, unknown>>(
      `${path}${separator}limit=${PAGE_SIZE.max}${after ? `&after=${encodeURIComponent(after)}` : ""}`,
      { cache: "no-store" },
    );
    if (!result.ok) return result;
    items.push(...((result.data[key] as T[] | undefined) ?? []));
    after = typeof result.data.next === "string" ? result.data.next : null;
    if (!after) break;
  }
  return { ok: true, status: 200, data: items };
}
