/** Keyboard-only helpers: move focus with keys the way a person does, never with the mouse. */
import { expect, type Locator, type Page } from "@playwright/test";

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses `key` (Tab by default) until `target` has focus. */
export async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 60) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} never reached it`).toBeFocused();
}
