import { describe, expect, it } from "vitest";
import { localizeErrors } from "./localized-field-errors";

describe("localizeErrors", () => {
  const errors = {
    fieldErrors: { newPassword: ["Use at least 10 characters.", "Your password must not be your e-mail address."], other: ["Kept."] },
    formError: "This is not your current password.",
  };
  const byField = { newPassword: "密碼要有 10 到 200 個字元。" };
  const known = {
    "Your password must not be your e-mail address.": "密碼不能和你的電子郵件地址相同。",
    "This is not your current password.": "這不是你目前的密碼。",
  };

  it("leaves English as it is", () => {
    expect(localizeErrors(errors, "en", byField, known)).toBe(errors);
  });

  it("translates known messages, replaces other messages of a field with its sentence, and keeps the rest", () => {
    expect(localizeErrors(errors, "zh-Hant", byField, known)).toEqual({
      fieldErrors: { newPassword: ["密碼要有 10 到 200 個字元。", "密碼不能和你的電子郵件地址相同。"], other: ["Kept."] },
      formError: "這不是你目前的密碼。",
    });
  });

  it("says a field's sentence once however many of its rules failed", () => {
    expect(localizeErrors({ fieldErrors: { newPassword: ["a", "b"] }, formError: null }, "zh-Hans", byField).fieldErrors).toEqual({
      newPassword: [byField.newPassword],
    });
  });
});
