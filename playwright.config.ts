/**
 * Browser journeys in real Chromium against `npm start` (next start on the embedded database,
 * kept in .data/e2e between runs).
 */
import { chromium, defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from "./e2e/support/find-chromium";

const executablePath = findChromium({ bundled: () => chromium.executablePath() });
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);

const port = Number(process.env.E2E_PORT ?? 3217);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // `npm run screenshots` runs the *.shots.ts files instead: pictures to look at, not tests.
  testMatch: process.env.SCREENSHOTS ? "**/*.shots.ts" : "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On CI one retry: a journey that fails once and then passes is reported as flaky (visible in the
  // output) instead of turning a busy 2-core run red. Seen once: the keyboard journey's pairing step
  // found focus outside the note editor under full load (it passed 8 of 8 alone).
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Journeys read the interface in English unless they say otherwise (the language follows Accept-Language).
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: `.data/e2e-${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      REGISTRATIONS_PER_HOUR: "100000",
      // The dictionary's index builds on the first lookup instead (instrumentation.ts).
      DICTIONARY_AT_START: "off",
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
  },
});
