/**
 * The highlight tints (annotations.css) keep the text readable: the reader's ink on each tint, laid
 * over the page colour, has at least the 4.5:1 contrast WCAG asks of body text, in light and dark mode.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const highlights = css("./annotations.css");
const globals = css("../../app/globals.css");

type Rgb = [number, number, number];
const hex = (value: string): Rgb => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;

/** The custom property `name` in the light block (first) or the dark block (second). */
function property(source: string, name: string, dark: boolean): string {
  const darkAt = source.indexOf("prefers-color-scheme: dark");
  const block = dark ? source.slice(darkAt) : source.slice(0, darkAt);
  const start = block.indexOf(`${name}:`);
  if (start < 0) throw new Error(`${name} not found`);
  return block.slice(start + name.length + 1, block.indexOf(";", start)).trim();
}

function blend(tint: string, under: Rgb): Rgb {
  const [r, g, b, a] = tint
    .replace(/^rgb\(|\)$/g, "")
    .split(/[\s/]+/)
    .map(Number) as [number, number, number, number];
  return [r, g, b].map((c, i) => c * a + under[i]! * (1 - a)) as Rgb;
}

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("highlight colours", () => {
  for (const dark of [false, true]) {
    for (const color of ["yellow", "green", "blue", "pink", "purple"]) {
      it(`${color} keeps the text at 4.5:1 or more (${dark ? "dark" : "light"})`, () => {
        const paper = hex(property(globals, "--paper", dark));
        const ink = hex(property(globals, "--ink", dark));
        const background = blend(property(highlights, `--hl-${color}`, dark), paper);
        expect(contrast(ink, background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it("no tint is the blue of a live text selection", () => {
    const [r, g, b] = property(highlights, "--hl-blue", false)
      .replace(/^rgb\(|\)$/g, "")
      .split(/[\s/]+/)
      .map(Number) as Rgb;
    // A selection is blue with little green (Chromium's is about rgb(180 213 254)); ours leans to cyan.
    expect(g).toBeGreaterThan(r + 100);
    expect(g).toBeGreaterThanOrEqual(b - 20);
  });
});
