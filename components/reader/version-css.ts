/**
 * CSS that shows only the chosen Chinese version. Version ids come from the database, so they
 * are written as escaped CSS strings, never raw into a selector.
 */
import type { VersionView } from "@/lib/documents/types";

const cssString = (value: string) => `"${value.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

export function versionCss(versions: Pick<VersionView, "id">[]): string {
  return versions
    .map(({ id }) => {
      const v = cssString(id);
      // The text's translation, and its name in the folded options' summary (reading-options.tsx).
      return (
        `.reader:has(input[name="version"][value=${v}]:checked) .translation > [data-version-id=${v}]{display:revert}\n` +
        `.reader:has(input[name="version"][value=${v}]:checked) [data-shows-version=${v}]{display:inline}`
      );
    })
    .join("\n");
}
