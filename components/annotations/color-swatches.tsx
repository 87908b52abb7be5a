"use client";
import { useTranslations } from "next-intl";
import { HIGHLIGHT_COLORS } from "@/lib/annotations/constants";

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export function ColorSwatches({
  value,
  onPick,
  label,
}: {
  value?: HighlightColor;
  onPick: (color: HighlightColor) => void;
  label: (color: HighlightColor) => string;
}) {
  const t = useTranslations("Annotations");
  return (
    <span className="swatches" role="group" aria-label={t("highlightColour")}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={label(color)}
          aria-pressed={value === undefined ? undefined : value === color}
          onMouseDown={(event) => event.preventDefault() /* keep the text selection */}
          onClick={() => onPick(color)}
        />
      ))}
    </span>
  );
}
