/**
 * Read aloud through the browser's own speech synthesis (nothing is sent anywhere): a voice on
 * this device for the sentence's language, English or Chinese as written in Taiwan (zh-TW) or
 * the mainland (zh-CN), chosen by the sentence's script. Loaded on the first press.
 */

/** The speech language of a sentence element's `lang`: en, zh-TW for 繁體, zh-CN for 简体. */
export function speechLang(lang: string): string {
  const l = lang.toLowerCase();
  if (l.startsWith("zh")) return l.includes("hant") || l.endsWith("-tw") || l.endsWith("-hk") ? "zh-TW" : "zh-CN";
  return l.split("-")[0] || "en";
}

const norm = (lang: string) => lang.replace("_", "-").toLowerCase();

/**
 * The best voice on this device for `lang`: the same region first, then the same language; only
 * voices that run on the device (`localService`), since a remote voice sends the text away.
 * `undefined` when the browser lists no voices at all (some list none until asked to speak).
 */
export function pickVoice(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null | undefined {
  if (voices.length === 0) return undefined;
  const local = voices.filter((v) => v.localService);
  const wanted = norm(lang);
  const primary = wanted.split("-")[0]!;
  return local.find((v) => norm(v.lang) === wanted) ?? local.find((v) => norm(v.lang).split("-")[0] === primary) ?? null;
}

async function voices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return now;
  // Chromium fills the list a moment after the page asks for the first time.
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 400);
  });
}

export interface Reading {
  stop: () => void;
}

/**
 * Reads the sentences one after the other, each lit (`data-speaking`) while it is read.
 * `onDone` runs once, when the last has been read or reading stopped; `onNoVoice` when a
 * sentence's language has no voice on this device (nothing is read then).
 */
export function readAloud(
  sentences: HTMLElement[],
  { onDone, onNoVoice }: { onDone: () => void; onNoVoice: (lang: string) => void },
): Reading {
  let stopped = false;
  let current: HTMLElement | null = null;
  const finish = () => {
    if (current) delete current.dataset.speaking;
    current = null;
    if (!stopped) {
      stopped = true;
      onDone();
    }
  };
  const next = async (i: number) => {
    if (current) delete current.dataset.speaking;
    const sentence = sentences[i];
    if (stopped || !sentence) return finish();
    const lang = speechLang(sentence.lang);
    const voice = pickVoice(await voices(), lang);
    if (stopped) return;
    if (voice === null) {
      onNoVoice(lang);
      return finish();
    }
    const utterance = new SpeechSynthesisUtterance(sentence.textContent ?? "");
    utterance.lang = voice?.lang ?? lang;
    if (voice) utterance.voice = voice;
    utterance.onend = () => void next(i + 1);
    utterance.onerror = (event) => {
      if (event.error !== "interrupted" && event.error !== "canceled") onNoVoice(lang);
      finish();
    };
    current = sentence;
    sentence.dataset.speaking = "true";
    speechSynthesis.speak(utterance);
  };
  speechSynthesis.cancel();
  void next(0);
  return {
    stop: () => {
      finish();
      speechSynthesis.cancel();
    },
  };
}
