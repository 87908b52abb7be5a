/**
 * Which Chromium the browser tests drive: Debian's /usr/bin/chromium when present (Playwright
 * cannot download browsers on our machines), else Playwright's own, else a message saying what
 * to install.
 */
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const NO_BROWSER_MESSAGE =
  "No Chromium found for the browser tests. Install one, then run the tests again:\n" +
  "  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n" +
  "  elsewhere:     npx playwright install chromium";

export function findChromium(
  options: { candidates?: string[]; bundled?: () => string | undefined; exists?: (path: string) => boolean } = {},
): string | undefined {
  const { candidates = SYSTEM_CHROMIUM, bundled, exists = existsSync } = options;
  const system = candidates.find((path) => exists(path));
  if (system) return system;
  const own = bundled?.();
  return own && exists(own) ? own : undefined;
}

/** Chromium's flags here: no sandbox (we may run as root), and no background traffic on a machine with no route out. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
