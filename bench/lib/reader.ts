/** Reader figures measured in headless Chromium and over plain HTTP. */
import { gzipSync } from "node:zlib";
import http from "node:http";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from "../../e2e/support/find-chromium";
import { median } from "./stats";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium({ bundled: () => chromium.executablePath() });
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
}

/** Gzip kilobytes of the JavaScript a first, signed-out visit to `url` loads. */
export async function firstLoadJsGzipKb(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  await context.close();
  return total / 1024;
}

/**
 * Navigation start to "text visible and every visible highlight painted" (the annotation layer's
 * `interleaf:highlights-painted` mark, or first contentful paint if later), then the longest
 * main-thread task while scrolling top to bottom.
 */
export async function bigDocument(browser: Browser, url: string): Promise<{ readyMs: number; longestTaskMs: number; painted: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(entry.duration))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(url);
  const ready = await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName("interleaf:highlights-painted")[0] as PerformanceMark | undefined;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return mark && fcp ? { readyMs: Math.max(mark.startTime, fcp.startTime), painted: (mark.detail as { count: number }).count } : null;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const { readyMs, painted } = (await ready.jsonValue())!;
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  await page.evaluate(async () => {
    const step = window.innerHeight * 0.8;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
    }
  });
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await context.close();
  return { readyMs, longestTaskMs: tasks.length ? Math.max(...tasks) : 0, painted };
}

/** Time to first byte of one GET, in milliseconds. */
function ttfb(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent: false }, (response) => {
      response.once("data", () => {
        resolve(performance.now() - started);
        response.resume();
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Median TTFB of `a` and `b`, measured alternately `rounds` times each, after a tenth as many untimed (the server's code paths compiled). */
export async function medianTtfb(a: string, b: string, rounds: number): Promise<{ a: number; b: number }> {
  for (let i = 0; i < rounds / 10; i++) {
    await ttfb(a);
    await ttfb(b);
  }
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.a.push(await ttfb(a));
    times.b.push(await ttfb(b));
  }
  return { a: median(times.a), b: median(times.b) };
}
