/**
 * Remembered reading choices (layout, Chinese version, script, readings). A link's `?layout=`, `?version=`, `?script=` and `?ruby=`
 * win over what this browser remembers, so a shared link opens the view its sender saw.
 */
export const LAYOUTS = [
  { value: "side", label: "Side by side" },
  { value: "stacked", label: "Stacked" },
  { value: "en", label: "English" },
  { value: "zh", label: "中文" },
] as const;

/** Chinese script: Traditional is the canonical text, Simplified is derived from it (OpenCC). */
export const SCRIPT_CHOICES = [
  { value: "hant", label: "繁體", lang: "zh-Hant" },
  { value: "hans", label: "简体", lang: "zh-Hans" },
] as const;

/** Readings over the Chinese as ruby (components/reading-aids/ruby.ts): none, pinyin or 注音. */
export const RUBY_CHOICES = ["off", "pinyin", "zhuyin"] as const;

export const PREFERENCE_NAMES = ["layout", "version", "script", "ruby"] as const;
export const storageKey = (name: string) => `interleaf:${name}`;

/**
 * Runs inline, right after the controls are parsed and before the text paints. Plain ES5 with
 * no imports, because it is sent as a string.
 */
export const restorePreferencesScript = `(function(){try{
var form=document.querySelector("[data-reader-controls]");if(!form)return;
var params=new URLSearchParams(location.search);
${JSON.stringify(PREFERENCE_NAMES)}.forEach(function(name){
var value=params.get(name)||localStorage.getItem("interleaf:"+name);if(!value)return;
var inputs=form.querySelectorAll('input[name="'+name+'"]');
for(var i=0;i<inputs.length;i++){if(inputs[i].value===value){inputs[i].checked=true;}}
});}catch(e){}})();`;
