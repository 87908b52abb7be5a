/** Every interface language has exactly the same message keys, and each message the same ICU placeholders and tags. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Argument names ({name}, {count, plural, …}) and rich-text tags (<signIn>), sorted. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Z_]\w*)\s*[,}]/gi)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<\/?([A-Z]\w*)>/gi)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

const english = flatten(load("en"));

describe.each(LOCALES.filter((l) => l !== "en"))("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));
  it("has exactly the English keys", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });
  it("uses the same placeholders and tags in every message", () => {
    for (const [key, message] of english)
      expect({ key, placeholders: placeholders(messages.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(message) });
  });
  it("has no empty message", () => {
    for (const [key, message] of messages) expect({ key, empty: message.trim() === "" }).toEqual({ key, empty: false });
  });
});
