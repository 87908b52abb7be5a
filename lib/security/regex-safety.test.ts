/**
 * ReDoS guard (issue 14, finding 1). Two halves:
 *
 * 1. Every regular expression in the application's source (regex literals and `RegExp(...)`,
 *    found by parsing the files with the TypeScript compiler; see collect-regexes.ts), plus the
 *    patterns next.config.js hands to Next for headers and cookies, is checked with recheck and
 *    must be "safe": no input makes it backtrack super-linearly. recheck runs on its pure
 *    JavaScript backend (RECHECK_BACKEND=pure): no Java, no native binary, nothing downloaded.
 * 2. Each parser and validator that reads what a user sends gets pathological 10 KB inputs and
 *    must finish each within a generous time budget.
 *
 * A pattern that cannot be made safe must not be silenced here: rewrite it (a small scanner, or a
 * pattern whose quantifiers cannot take the same characters).
 */
import path from "node:path";
import { check, type Diagnostics } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { withoutLineBreaks } from "@/lib/anchoring/align-letter";
import { segmentSentences } from "@/lib/anchoring/segment-sentences";
import { checkSelector, describeSpan } from "@/lib/anchoring/text-quote";
import { wordSpans } from "@/lib/anchoring/word-spans";
import { filterAnnotations } from "@/lib/annotations/filter-annotations";
import { csvCell, toCsv } from "@/lib/export/csv";
import { ACCEPT_HANS, ACCEPT_HANT, localeRewrites } from "@/lib/i18n/locale-rewrites.js";
import { localeForTag, negotiateLocale } from "@/lib/i18n/locales";
import { escapeMarkdown, noteToMarkdown } from "@/lib/notes/note-markdown";
import { isAllowedHref, parseNote } from "@/lib/notes/note-schema";
import { plainTextToNote } from "@/lib/notes/note-text";
import { emailSchema, newPasswordSchema } from "@/lib/validation/account";
import { tagsSchema } from "@/lib/validation/annotation";
import { joinClassSchema } from "@/lib/validation/classes";
import { isStorableText } from "@/lib/validation/text";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { splitTags } from "@/components/annotations/note-draft";
import { stripMarkdown } from "@/components/imports/plain-text";
import { addressKey, clientAddress } from "@/server/auth/client-address";
import { normalizeJoinCode } from "@/server/data/classes/join-code";
import { importSlug } from "@/server/data/documents/import-document";
import { checkIdempotencyKey } from "@/server/data/idempotency/run-idempotent";
import { isUnstorableText } from "@/server/http/database-errors";
import { collectRegexes, type FoundRegex } from "./collect-regexes";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Per pattern. recheck's fuzzer needs up to ~6 s on an idle machine for the largest patterns. */
const RECHECK_TIMEOUT_MS = 45_000;

async function recheck(source: string, flags: string): Promise<Diagnostics> {
  // The pure JavaScript checker, in this process: the "auto" backend would start the native
  // binary or Java from the optional recheck-* packages when they happen to be installed.
  process.env.RECHECK_BACKEND = "pure";
  // No wall-clock limits inside the fuzzer (its step limits stay): on a busy machine they made the
  // verdict of a pattern with lookarounds change from run to run. The random seed is fixed (0).
  return check(source, flags, {
    timeout: RECHECK_TIMEOUT_MS,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    randomSeed: 0,
  });
}

const describeVerdict = (d: Diagnostics) =>
  d.status === "vulnerable"
    ? `vulnerable: ${d.complexity.summary}, attack ${d.attack.pattern}`
    : d.status === "unknown"
      ? `unknown: ${d.error.kind}`
      : d.status;

/** The patterns Next runs against request headers and cookies for the locale rewrites. */
function rewritePatterns(): FoundRegex[] {
  const values = new Set<string>([ACCEPT_HANT, ACCEPT_HANS]);
  for (const rule of localeRewrites())
    for (const has of [...(rule.has ?? []), ...(rule.missing ?? [])]) if (has.value) values.add(has.value);
  // Next wraps each `has` value as ^value$ (matchHas in next/dist/shared/lib/router/utils/prepare-destination).
  return [...values].map((value) => ({ where: `lib/i18n/locale-rewrites.js has.value`, source: `^${value}$`, flags: "" }));
}

describe("every regular expression in the source", () => {
  const found = [...collectRegexes(ROOT), ...rewritePatterns()];

  it("reports a known-bad pattern as vulnerable (the check works)", { timeout: 60_000 }, async () => {
    expect((await recheck("^(a+)+$", "")).status).toBe("vulnerable");
    expect((await recheck("^(a|a)*$", "")).status).toBe("vulnerable");
    // The kind the lint rule calls super-linear move: quadratic when retried from every position.
    expect((await recheck("\\s*\\n\\s*", "g")).status).toBe("vulnerable");
  });

  it("finds the patterns (the collector works)", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found).toContainEqual({
      where: expect.stringMatching(/^server\/data\/idempotency\/run-idempotent\.ts:\d+$/),
      source: "^[\\x21-\\x7e]{1,200}$",
      flags: "",
    });
  });

  it("has no pattern built at run time from a value (each must be reviewed and listed here)", () => {
    expect(found.filter((r) => r.source === null).map((r) => r.where)).toEqual([]);
  });

  // One check per distinct pattern; most take milliseconds, a few with lookarounds take seconds.
  const distinct = [...new Map(found.filter((r) => r.source !== null).map((r) => [`/${r.source}/${r.flags}`, r])).values()];
  it.each(distinct.map((r) => [`/${r.source}/${r.flags}`, r] as const))(
    "%s is safe",
    { timeout: RECHECK_TIMEOUT_MS + 15_000 },
    async (_, r) => {
      const verdict = await recheck(r.source!, r.flags);
      expect(describeVerdict(verdict), `${r.where}: /${r.source}/${r.flags}`).toBe("safe");
    },
  );
});

describe("parsers and validators of user input on pathological 10 KB inputs", () => {
  /** Generous: a busy 2-core machine. The quadratic patterns this replaced took seconds. */
  const BUDGET_MS = 1_000;
  const SIZE = 10_240;
  const fill = (unit: string, suffix = "") =>
    unit.repeat(Math.ceil((SIZE - suffix.length) / unit.length)).slice(0, SIZE - suffix.length) + suffix;

  /** Attack strings for text patterns: runs of one kind of character, and repeats of openers. */
  const ATTACKS = [
    fill("a"),
    fill(" "),
    fill("\t", "\0\n"),
    fill("\n"),
    fill("\n\t"),
    fill("\n "),
    fill(" \n"),
    fill("-", "\0-"),
    fill("."),
    fill("a."),
    fill("A. "),
    fill("…"),
    fill("。"),
    fill("漢"),
    fill("**a "),
    fill("__a "),
    fill(" _a"),
    fill("[("),
    fill("![]("),
    fill("[a]("),
    fill("`a"),
    fill("#"),
    fill("1"),
    fill("1."),
    fill("&"),
    fill("'"),
    fill(","),
    fill(";"),
    fill(":"),
    fill("::"),
    fill("%"),
    fill("zh-"),
    fill("zh-Hant,"),
    fill("en;q=0.5,"),
    fill(" ,"),
    fill("@a."),
    fill("a@"),
    fill("a.", "@"),
    fill("\ud800"),
    fill("Dear "),
    fill("Sincerely "),
  ];

  function withinBudget(name: string, parse: (input: string) => unknown) {
    it(`${name} stays within ${BUDGET_MS} ms`, { timeout: 120_000 }, () => {
      for (const input of ATTACKS) {
        const started = performance.now();
        try {
          parse(input);
        } catch {
          // A refusal is fine; only the time counts here.
        }
        const ms = performance.now() - started;
        expect(ms, `${name} on ${JSON.stringify(input.slice(0, 12))}… (${input.length} chars)`).toBeLessThan(BUDGET_MS);
      }
    });
  }

  beforeAll(() => {
    // Warm up the JIT and lazily built tables (Intl.Segmenter, zod schemas) outside the budget.
    segmentSentences("Dear Sir,\n\nA sentence. Another one.", "en");
    wordSpans("A sentence.", "en");
    emailSchema.safeParse("a@example.com");
  });

  // Letters, as pasted or uploaded for import (server: segmenter; browser: Markdown stripping).
  withinBudget("sentence splitter (English)", (text) => segmentSentences(text, "en"));
  withinBudget("sentence splitter (Chinese)", (text) => segmentSentences(text, "zh"));
  withinBudget("line-break joiner for aligned Chinese", withoutLineBreaks);
  withinBudget("word segmenter", (text) => wordSpans(text, "en"));
  withinBudget("Markdown upload stripping", stripMarkdown);
  withinBudget("import slug from a title", importSlug);
  // Class join codes, tags, notes and their search.
  withinBudget("join-code normaliser", (code) => normalizeJoinCode(joinClassSchema.safeParse({ code }).data?.code ?? code));
  withinBudget("tag parsing (form and API)", (text) => tagsSchema.safeParse(splitTags(text)));
  withinBudget("tag validation (one long tag)", (tag) => tagsSchema.safeParse([tag]));
  withinBudget("note search query", (query) => filterAnnotations([], { tag: "", authorId: "", motivation: "", query }));
  withinBudget("note parsing and link check", (text) => {
    parseNote({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text, marks: [{ type: "link", attrs: { href: text.slice(0, 2_000) } }] }] }],
    });
    isAllowedHref(text);
  });
  // Selectors: a highlight's quote and context against a document text.
  withinBudget("selectors", (text) => {
    const selector = describeSpan(text, 100, 200);
    checkSelector(text, { ...selector, exact: text.slice(0, 4_000), prefix: text.slice(0, 32), suffix: text.slice(-32) });
  });
  // Exports: Markdown study sheet and CSV escaping.
  withinBudget("Markdown export escaping", (text) => {
    escapeMarkdown(text);
    noteToMarkdown(plainTextToNote(text));
  });
  withinBudget("CSV export escaping", (text) => {
    csvCell(text);
    toCsv(["a"], [[text, text]]);
  });
  // Headers, cookies and query strings.
  withinBudget("Accept-Language parsing", (header) => {
    negotiateLocale(header);
    localeForTag(header);
  });
  withinBudget("locale rewrite patterns (as Next runs them)", (header) => {
    new RegExp(`^${ACCEPT_HANT}$`).test(header);
    new RegExp(`^${ACCEPT_HANS}$`).test(header);
  });
  withinBudget("client address from X-Forwarded-For", (header) => {
    const previous = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = "2";
    try {
      clientAddress(new Headers({ "x-forwarded-for": header.replace(/[\0\n\r\ud800]/g, "x"), "x-interleaf-peer-address": "::1" }));
    } finally {
      if (previous === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = previous;
    }
    addressKey(header);
  });
  withinBudget("Idempotency-Key header", checkIdempotencyKey);
  withinBudget("sign-in callback URL", (url) => safeCallbackUrl(`/${url}`));
  // Account fields (bodies).
  withinBudget("e-mail address", (email) => emailSchema.safeParse(email));
  withinBudget("new password", (password) => newPasswordSchema.safeParse(password));
  withinBudget("storable text check", isStorableText);
  withinBudget("database error classification", (message) => isUnstorableText(new Error(message)));
});
