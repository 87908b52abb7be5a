/**
 * Finds every regular expression the application's own source code contains, by parsing it with
 * the TypeScript compiler: regex literals, and `RegExp(...)` / `new RegExp(...)` calls. A call
 * whose pattern is not a string literal is returned with `source: null`, so a test can insist that
 * each one is reviewed by hand. Test-only helper (regex-safety.test.ts); nothing at run time uses it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundRegex {
  /** Repository-relative path and 1-based line, e.g. "lib/notes/note-markdown.ts:14". */
  where: string;
  /** The pattern, or null when it is built at run time. */
  source: string | null;
  flags: string;
}

/** The application's source: what runs in the server, the browser or the start scripts. */
export const SOURCE_ROOTS = ["lib", "server", "app", "components", "scripts", "prisma", "next.config.js", "proxy.ts"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);
const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx)$/;
const TEST_FILE = /\.(?:test|spec)\.[jt]sx?$/;

function listFiles(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return SOURCE_FILE.test(relative) && !TEST_FILE.test(relative) ? [relative] : [];
  return readdirSync(full)
    .filter((name) => !SKIP_DIRS.has(name))
    .flatMap((name) => listFiles(root, path.join(relative, name)));
}

export function sourceFiles(root: string): string[] {
  return SOURCE_ROOTS.flatMap((r) => listFiles(root, r)).sort();
}

/** A regex literal's text `/source/flags` split into its parts. */
function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf("/");
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function staticString(node: ts.Expression | undefined): string | null {
  if (!node) return "";
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

export function regexesInFile(root: string, file: string): FoundRegex[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      found.push({ where: where(node), ...splitLiteral(node.text) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = staticString(pattern);
      const flagText = staticString(flags);
      found.push({ where: where(node), source: pattern && source !== null && flagText !== null ? source : null, flags: flagText ?? "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function collectRegexes(root: string): FoundRegex[] {
  return sourceFiles(root).flatMap((file) => regexesInFile(root, file));
}
