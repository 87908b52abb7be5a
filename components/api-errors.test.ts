import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { localizeRefusal, messageValues, type ErrorTranslator } from "./api-errors";

/** The translator <ApiErrorMessages /> registers, built on the real messages of `locale`. */
function translator(locale: string): ErrorTranslator {
  const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, "../messages", `${locale}.json`), "utf8"));
  const t = createTranslator({ locale, messages, namespace: "ApiErrors", onError: () => undefined });
  return {
    locale,
    say: (key, values) => {
      if (!t.has(key as never)) return null;
      const said = t(key as never, values as never);
      return said === `ApiErrors.${key}` ? null : said;
    },
  };
}

describe("localizeRefusal", () => {
  it("says a refusal in the interface language from its code, on the field it is about too", () => {
    const body = { error: "This is not your current password.", code: "wrong_current_password" };
    const sent = { currentPassword: ["This is not your current password."] };
    expect(localizeRefusal(body, sent, translator("zh-Hant"))).toEqual({
      message: "這不是你目前的密碼。",
      fieldErrors: { currentPassword: ["這不是你目前的密碼。"] },
    });
    expect(localizeRefusal(body, sent, translator("zh-Hans")).message).toBe("这不是你的当前密码。");
  });

  it("puts the refusal's numbers in the sentence (retry-after in minutes, limits)", () => {
    const body = { error: "Too many wrong class codes…", code: "join_code_throttled", retryAfterSeconds: 900 };
    expect(localizeRefusal(body, {}, translator("zh-Hans")).message).toBe("输入错误代码的次数太多了。请等 15 分钟，再向老师确认代码。");
    const quota = { code: "quota_reached", quota: "sharesPerUser", max: 1000, retryAfterSeconds: 3600 };
    expect(localizeRefusal(quota, {}, translator("en")).message).toBe(
      "You already have 1,000 share links, the most one person may keep. Delete some to make room.",
    );
  });

  it("says each field of a 400 invalid_fields from its field code outside English, and keeps the schema's English in English", () => {
    const body = {
      code: "invalid_fields",
      fieldCodes: { email: [{ code: "invalid_email" }], password: [{ code: "too_short", limit: 10 }] },
    };
    const sent = { email: ["Enter an e-mail address like name@example.com."], password: ["Use at least 10 characters."] };
    expect(localizeRefusal(body, sent, translator("zh-Hant")).fieldErrors).toEqual({
      email: ["請輸入像 name@example.com 這樣的電子郵件地址。"],
      password: ["請至少輸入 10 個字元。"],
    });
    expect(localizeRefusal(body, sent, translator("en")).fieldErrors).toEqual(sent);
  });

  it("gives no message for a code it does not know, so the caller keeps the server's English", () => {
    expect(localizeRefusal({ code: "from_a_newer_server" }, { x: ["English."] }, translator("zh-Hant"))).toEqual({
      message: null,
      fieldErrors: { x: ["English."] },
    });
    expect(localizeRefusal({ code: "note_empty" }, {}, null).message).toBeNull();
  });
});

describe("messageValues", () => {
  it("keeps numbers and short strings, drops the field lists, and adds retryMinutes", () => {
    expect(messageValues({ code: "rate_limited", retryAfterSeconds: 61, fieldErrors: {}, max: 3, kind: "notes" })).toEqual({
      retryAfterSeconds: 61,
      retryMinutes: 2,
      max: 3,
      kind: "notes",
    });
  });
});
