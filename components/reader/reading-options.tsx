/**
 * The reading options (layout, Chinese version, script), the notes slot and the keyboard help, in
 * one sticky bar. On a wide screen every option shows; on a phone they fold into a menu (a native
 * <details>, so it opens with JavaScript off too) whose summary says what is in effect, including
 * that "side by side" reads as stacked on a narrow screen. The summary's words are all in the HTML;
 * CSS (`:has()` on the checked radios) shows the ones that apply, as for the text itself.
 */
import { getTranslations } from "next-intl/server";
import type { VersionView } from "@/lib/documents/types";
import { KeyboardHelp } from "./keyboard-help";
import { SHORTCUTS } from "./reader-labels";
import { LAYOUTS, RUBY_CHOICES, SCRIPT_CHOICES } from "./reader-preferences";

interface Props {
  versions: VersionView[];
  sentences: number;
  layoutChoice: string;
  versionChoice: string | undefined;
  scriptChoice: string;
}

export async function ReadingOptions({ versions, sentences, layoutChoice, versionChoice, scriptChoice }: Props) {
  const t = await getTranslations("Reader");
  const k = await getTranslations("Keyboard");
  const versionLabel = (v: VersionView) =>
    v.complete ? v.name : t("partialVersion", { name: v.name, translated: v.translatedCount, total: sentences });
  const layoutLabels = { side: t("layoutSide"), stacked: t("layoutStacked"), en: t("layoutEnglish"), zh: t("layoutChinese") };
  const scriptTitles = { hant: t("traditional"), hans: t("simplified") };
  const rubyLabels = { off: t("rubyOff"), pinyin: t("rubyPinyin"), zhuyin: t("rubyZhuyin") };
  return (
    <form className="reader-controls" aria-label={t("readingOptions")} data-reader-controls>
      <details className="reader-options" data-reader-options>
        <summary className="reader-options-summary">
          <span className="visually-hidden">{t("readingOptions")}: </span>
          <span className="options-now">
            {LAYOUTS.map((layout) => (
              <span key={layout.value} data-shows-layout={layout.value}>
                {layoutLabels[layout.value]}
              </span>
            ))}
            {versions.map((v) => (
              <span key={v.id} data-shows-version={v.id} lang={v.language}>
                {" · "}
                {v.name}
              </span>
            ))}
            {versions.length > 0 &&
              SCRIPT_CHOICES.map((choice) => (
                <span key={choice.value} data-shows-script={choice.value} lang={choice.lang}>
                  {" · "}
                  {choice.label}
                </span>
              ))}
          </span>
        </summary>
        <div className="reader-options-body">
          <fieldset className="segmented">
            <legend>{t("layout")}</legend>
            {LAYOUTS.map((layout) => (
              <label key={layout.value}>
                <input type="radio" name="layout" value={layout.value} defaultChecked={layout.value === layoutChoice} />
                <span>{layoutLabels[layout.value]}</span>
              </label>
            ))}
            <p className="layout-narrow-note">{t("sideStackedOnPhone")}</p>
          </fieldset>
          {versions.length > 0 && (
            <fieldset className="segmented">
              <legend>{t("chineseVersion")}</legend>
              {versions.map((v) => (
                <label key={v.id} title={v.attribution}>
                  <input type="radio" name="version" value={v.id} defaultChecked={v.id === versionChoice} />
                  <span lang={v.language}>{versionLabel(v)}</span>
                </label>
              ))}
            </fieldset>
          )}
          {versions.length > 0 && (
            <fieldset className="segmented">
              <legend>{t("script")}</legend>
              {SCRIPT_CHOICES.map((choice) => (
                <label key={choice.value} title={scriptTitles[choice.value]}>
                  <input type="radio" name="script" value={choice.value} defaultChecked={choice.value === scriptChoice} />
                  <span lang={choice.lang}>{choice.label}</span>
                </label>
              ))}
            </fieldset>
          )}
          {versions.length > 0 && (
            // Ruby over the Chinese: loaded when first chosen (components/reading-aids/reading-aids-layer.tsx).
            <fieldset className="segmented" title={t("rubyTitle")}>
              <legend>{t("ruby")}</legend>
              {RUBY_CHOICES.map((choice) => (
                <label key={choice}>
                  <input type="radio" name="ruby" value={choice} defaultChecked={choice === "off"} />
                  <span lang={choice === "zhuyin" ? "zh-Hant" : undefined}>{rubyLabels[choice]}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      </details>
      <div className="notes-slot" data-notes-slot />
      <KeyboardHelp labels={{ button: k("button"), title: k("title"), close: k("close") }}>
        <dl className="shortcuts-list">
          {SHORTCUTS.map((s) => (
            <div key={s.keys.join()}>
              <dt>
                {s.keys.map((key, i) => (
                  <kbd key={i}>{key}</kbd>
                ))}
              </dt>
              <dd>{k(`shortcuts.${s.does}`)}</dd>
            </div>
          ))}
        </dl>
      </KeyboardHelp>
    </form>
  );
}
