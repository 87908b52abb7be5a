/**
 * CSS for the Traditional / Simplified switch. Each translation is in the page twice (the canonical
 * Traditional element, and a `data-script="hans"` twin); the checked `script` radio picks which one
 * shows. `.pair` makes these rules outrank the version rules, which only say which version shows.
 */
const hansChecked = `input[name="script"][value="hans"]:checked`;

export const scriptCss = [
  `.reader:not(:has(${hansChecked})) .pair .translation > [data-script="hans"]{display:none}`,
  `.reader:has(${hansChecked}) .pair .translation > .sentence[data-version-id]:not([data-script="hans"]){display:none}`,
].join("\n");
