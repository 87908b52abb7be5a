/**
 * Next's own cache of rendered pages (its file-system cache, with the in-memory LRU in front), with
 * one change: a cached page's HTML is handed to Next as bytes, encoded once, instead of as a string.
 *
 * Next answers a cached page whose HTML is a string with `res.end(html)`, which encodes the whole
 * page to UTF-8 on every request: for the letter (a two-byte string, for its Chinese) that was
 * about half of the page's time to first byte (BENCHMARKS.md, "Time to first byte"). Given bytes,
 * Next writes them as they are. The entry in the memory cache keeps the bytes, so each page is
 * encoded once per render, not once per reader. Plain JavaScript: Next loads it with `import()`.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class PageCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string") value.html = Buffer.from(value.html);
    return entry;
  }
}
