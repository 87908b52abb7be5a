/**
 * What an uploaded `.md` file becomes before import: the words, without Markdown's emphasis,
 * heading and quote markers. Deliberately minimal: a letter's text, not a Markdown renderer.
 */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=$|[^\w*])/gm, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, "");
}
