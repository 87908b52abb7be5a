/**
 * Remembered reading choices (layout, Chinese version). A link's `?layout=` and `?version=`
 * win over what this browser remembers, so a shared link opens the view its sender saw.
 */
export const LAYOUTS = [
  { value: "side", label: "Side by side" },
  { value: "stacked", label: "Stacked" },
  { value: "en", label: "English" },
  { value: "zh", label: "中文" },
] as const;

export const PREFERENCE_NAMES = ["layout", "version"] as const;
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
