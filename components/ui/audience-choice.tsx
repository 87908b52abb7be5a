"use client";
/**
 * Who may read what one writes: only me, one of my classes, or everyone. One group of radio
 * buttons for notes and translation proposals alike, so the choice reads the same everywhere.
 */
import { useTranslations } from "next-intl";
import { useEveryoneMayRead, type MyClassSummary } from "@/components/classes/my-classes-context";

export interface Audience {
  visibility: "private" | "class" | "public";
  classId?: string;
}

interface Props {
  value: Audience;
  classes: MyClassSummary[];
  onChange: (audience: Audience) => void;
  /** Groups the radio buttons: unique per form on the page. */
  name: string;
  className?: string;
}

export function AudienceChoice({ value, classes, onChange, name, className = "audience-choice" }: Props) {
  const t = useTranslations("Notes");
  const everyone = useEveryoneMayRead();
  const option = (audience: Audience, label: string, key: string) => (
    <label key={key}>
      <input
        type="radio"
        name={name}
        checked={value.visibility === audience.visibility && (audience.visibility !== "class" || value.classId === audience.classId)}
        onChange={() => onChange(audience)}
      />{" "}
      {label}
    </label>
  );
  return (
    <fieldset className={className}>
      <legend>{t("whoCanSee")}</legend>
      {option({ visibility: "private" }, t("onlyMe"), "private")}
      {classes.map((c) => option({ visibility: "class", classId: c.id }, t("myClass", { name: c.name }), c.id))}
      {everyone && option({ visibility: "public" }, t("everyone"), "public")}
    </fieldset>
  );
}
