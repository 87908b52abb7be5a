/**
 * CSS for the 繁/简 switch. Each Chinese translation is in the page twice: the canonical element,
 * in the script it is stored in, and a converted twin (`data-script`) in the other one. Both carry
 * the `lang` of the script they show, so the checked `script` radio hides every sentence in the
 * other script, whichever of the two is canonical. `.pair` makes these rules outrank the version
 * rules, which only say which version shows.
 */
const hansChecked = `input[name="script"][value="hans"]:checked`;

export const scriptCss = [
  `.reader:not(:has(${hansChecked})) .pair .translation > .sentence[lang="zh-Hans"]{display:none}`,
  `.reader:has(${hansChecked}) .pair .translation > .sentence[lang="zh-Hant"]{display:none}`,
  // The folded options' summary names the script in effect (reading-options.tsx).
  `.reader:not(:has(${hansChecked})) [data-shows-script="hant"]{display:inline}`,
  `.reader:has(${hansChecked}) [data-shows-script="hans"]{display:inline}`,
].join("\n");
