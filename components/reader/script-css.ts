/**
 * CSS for the Traditional / Simplified switch. Each translation is in the page twice (the canonical
 * Traditional element, and a `data-script="hans"` twin); the checked `script` radio picks which one
 * shows. `.pair` makes these rules outrank the version rules, which only say which version shows.
 */
const hansChecked = `input[name="script"][value="hans"]:checked`;

export const scriptCss = [
  `.reader:not(:has(${hansChecked})) .pair .translation > [data-script="hans"]{display:none}`,
  `.reader:has(${hansChecked}) .pair .translation > .sentence[data-version-id]:not([data-script="hans"]){display:none}`,
  // The folded options' summary names the script in effect (reading-options.tsx).
  `.reader:not(:has(${hansChecked})) [data-shows-script="hant"]{display:inline}`,
  `.reader:has(${hansChecked}) [data-shows-script="hans"]{display:inline}`,
].join("\n");
