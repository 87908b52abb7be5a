/**
 * The error catalogue and the messages agree: every refusal code (codes.ts) and field code
 * (field-codes.ts) has a message in every interface language, no language has a message for a
 * code that is not in the catalogue, and each message formats with the values its refusal sends.
 * Every code a server or route source names is in the catalogue (HttpError's type requires it; this
 * also catches a code written in a plain object).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { ERROR_CODES, isErrorCode } from "./codes";
import { FIELD_ERROR_CODES } from "./field-codes";

const root = path.join(import.meta.dirname, "../..");
type Tree = { [key: string]: string | Tree };
const load = (locale: string) => JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")) as Record<string, Tree>;

/** Values like those the refusals send (messageValues() in components/api-errors.ts). */
const SAMPLE = {
  maxKilobytes: 512,
  retryAfterSeconds: 900,
  retryMinutes: 15,
  max: 200,
  quota: "notesPerDocument",
  privateNotes: 2,
  side: "en",
  count: 6000,
  english: 10,
  chinese: 80,
  ratio: 3,
  limit: 10,
  status: 502,
};

describe.each(LOCALES)("messages/%s.json ApiErrors", (locale) => {
  const errors = load(locale).ApiErrors as Tree;
  const { field, client, ...codes } = errors;

  it("has a message for every code in the catalogue, and none for codes outside it", () => {
    expect(Object.keys(codes).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(field as Tree).sort()).toEqual([...FIELD_ERROR_CODES].sort());
    expect(Object.keys(client as Tree).sort()).toEqual(["noConnection", "serverAnswered"]);
  });

  it("formats every message with the values its refusal sends", () => {
    for (const [code, message] of [...Object.entries(codes), ...Object.entries(field as Tree), ...Object.entries(client as Tree)]) {
      const text = new IntlMessageFormat(message as string, locale).format(SAMPLE);
      expect({ code, ok: typeof text === "string" && text.length > 0 && !text.includes("{") }).toEqual({ code, ok: true });
    }
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [full] : [];
  });
}

describe("codes named in server/ and app/api/", () => {
  const files = [...sources(path.join(root, "server")), ...sources(path.join(root, "app/api"))];

  it("are all in the catalogue", () => {
    const named = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bcode: "([a-z_]+)"/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it("never build an HttpError or a JSON refusal without a code (the constructor requires one)", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/new HttpError\(|jsonError\(/g)) {
        if (text.slice(m.index - 9, m.index) === "function ") continue;
        const call = text.slice(m.index, m.index + 600);
        expect({ file: path.relative(root, file), hasCode: /code[:,]|\.details\b/.test(call) }).toEqual({
          file: path.relative(root, file),
          hasCode: true,
        });
      }
    }
  });
});
