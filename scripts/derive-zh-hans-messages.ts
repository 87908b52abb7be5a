/**
 * Writes messages/zh-Hans.json from messages/zh-Hant.json with OpenCC (Taiwan phrases → mainland),
 * leaving ICU placeholders and tags alone. Review the result: a few words differ by more than
 * script (the overrides below; 列 is a row in Taiwan but a column on the mainland, so rows are
 * changed to 行 by hand), and the output is committed, not generated at build time.
 *   npx tsx scripts/derive-zh-hans-messages.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as OpenCC from "opencc-js";

const convert = OpenCC.Converter({ from: "twp", to: "cn" });
/** Interface words where mainland usage is another word, not another script. */
const OVERRIDES: [RegExp, string][] = [
  [/帐户/g, "账户"],
  [/汇入/g, "导入"],
  [/汇出/g, "导出"],
  [/萤光/g, "荧光"],
  [/伺服器/g, "服务器"],
  [/注销/g, "退出登录"],
  [/画面/g, "视图"],
  [/快速键/g, "快捷键"],
];

type Tree = { [key: string]: string | Tree };
function walk(tree: Tree): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => {
      if (typeof value !== "string") return [key, walk(value)];
      // OpenCC changes only Chinese characters, so ICU placeholders and tag names (ASCII) stay as they are.
      return [key, OVERRIDES.reduce((s, [from, to]) => s.replace(from, to), convert(value))];
    }),
  );
}

const hant = JSON.parse(readFileSync("messages/zh-Hant.json", "utf8")) as Tree;
writeFileSync("messages/zh-Hans.json", JSON.stringify(walk(hant), null, 2) + "\n");
