import { describe, expect, it } from "vitest";
import { pickVoice, speechLang } from "./speech";

const voice = (lang: string, localService: boolean, name = lang) => ({ lang, localService, name }) as SpeechSynthesisVoice;

describe("read-aloud voices", () => {
  it("speaks Traditional as zh-TW and Simplified as zh-CN", () => {
    expect(speechLang("zh-Hant")).toBe("zh-TW");
    expect(speechLang("zh-Hans")).toBe("zh-CN");
    expect(speechLang("en")).toBe("en");
  });

  it("prefers a device voice of the same region, never a remote one", () => {
    const voices = [
      voice("zh-CN", false, "remote"),
      voice("zh_CN", true, "local cn"),
      voice("zh-TW", true, "local tw"),
      voice("en-US", true),
    ];
    expect(pickVoice(voices, "zh-TW")?.name).toBe("local tw");
    expect(pickVoice(voices, "zh-CN")?.name).toBe("local cn");
    expect(pickVoice(voices, "en")?.lang).toBe("en-US");
    expect(pickVoice([voice("zh-TW", false)], "zh-TW")).toBeNull();
    expect(pickVoice([], "en")).toBeUndefined();
  });
});
