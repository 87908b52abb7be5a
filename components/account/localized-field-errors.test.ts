import { describe, expect, it } from "vitest";
import { localizeErrors } from "./localized-field-errors";

describe("localizeErrors", () => {
  const errors = {
    fieldErrors: { newPassword: ["Use at least 10 characters.", "Use more than one distinct character."], other: ["Kept."] },
    formError: null,
  };
  const byField = { newPassword: "密碼要有 10 到 200 個字元。" };

  it("leaves English as it is", () => {
    expect(localizeErrors(errors, "en", byField)).toBe(errors);
  });

  it("replaces the messages of a field with its sentence, by field and never by the English, and keeps the rest", () => {
    expect(localizeErrors(errors, "zh-Hant", byField)).toEqual({
      fieldErrors: { newPassword: ["密碼要有 10 到 200 個字元。"], other: ["Kept."] },
      formError: null,
    });
  });

  it("says a field's sentence once however many of its rules failed", () => {
    expect(localizeErrors({ fieldErrors: { newPassword: ["a", "b"] }, formError: null }, "zh-Hans", byField).fieldErrors).toEqual({
      newPassword: [byField.newPassword],
    });
  });
});
