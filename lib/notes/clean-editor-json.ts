import { isPlainObject, languageValue, NOTE_LIMITS } from "./note-schema";

const defineValue = (target: Record<string, unknown>, key: string, value: unknown) =>
  // defineProperty, not assignment: a "__proto__" key stays a key (and parseNote refuses it).
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Turns `editor.getJSON()` into what `parseNote` accepts: drops the attributes the editor adds
 * but notes do not keep (link target/rel/class/title, orderedList type, a start of 1, a null or
 * unusable code language, a mention's trigger character), the marks the editor may leave on a
 * line break or a mention, and attrs objects
 * left empty. Everything else is copied as is, so `parseNote` still judges it.
 */
export function cleanEditorJson(json: unknown, depth = 0): unknown {
  if (depth > NOTE_LIMITS.depth * 4) return json;
  if (Array.isArray(json)) return json.map((item) => cleanEditorJson(item, depth + 1));
  if (!isPlainObject(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) defineValue(out, key, key === "attrs" ? value : cleanEditorJson(value, depth + 1));
  if (out.type === "hardBreak" || out.type === "mention") delete out.marks;
  if (!isPlainObject(out.attrs)) return out;
  const attrs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out.attrs)) defineValue(attrs, key, value);
  if (out.type === "link") {
    for (const key of ["target", "rel", "class", "title"]) delete attrs[key];
  } else if (out.type === "mention") {
    delete attrs.mentionSuggestionChar;
  } else if (out.type === "orderedList") {
    delete attrs.type;
    if (!(Number.isSafeInteger(attrs.start) && (attrs.start as number) > 1)) delete attrs.start;
  } else if (out.type === "codeBlock") {
    const language = typeof attrs.language === "string" ? attrs.language.trim().toLowerCase() : null;
    if (language && languageValue.safeParse(language).success) attrs.language = language;
    else delete attrs.language;
  }
  if (Object.keys(attrs).length === 0) delete out.attrs;
  else out.attrs = attrs;
  return out;
}
