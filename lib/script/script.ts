/**
 * The two Chinese scripts a text is read in. A translation is stored in one of them (its
 * canonical script, from its language tag) and shown in either; anchors always count code points
 * of the canonical text. Pure and small, so client code can use it without the conversion tables.
 */
export type Script = "hant" | "hans";

export const isScript = (value: unknown): value is Script => value === "hant" || value === "hans";

/** The script of a BCP 47 Chinese tag: `zh-Hans` (and `zh-CN`, `zh-SG`) is Simplified, anything else Traditional. */
export function scriptOfLanguage(language: string | null | undefined): Script {
  const tag = (language ?? "").toLowerCase();
  return tag.includes("hans") || tag === "zh-cn" || tag === "zh-sg" ? "hans" : "hant";
}

/** The language tag of a script's text. */
export const languageOfScript = (script: Script): "zh-Hant" | "zh-Hans" => (script === "hans" ? "zh-Hans" : "zh-Hant");

export const otherScript = (script: Script): Script => (script === "hans" ? "hant" : "hans");
