// Headless Chromium for the e2e tests and the wall benchmark: the system's Chromium
// (`apt-get install -y chromium fonts-noto-cjk`), driven by playwright-core. Nothing is
// ever downloaded: CHROMIUM_PATH overrides the default /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline, reproducible headless Chromium (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium to drive: CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Why no Chromium can be used, or undefined when one can. */
export function missingChromium(): string | undefined {
  const executable = chromiumPath();
  if (existsSync(executable)) return undefined;
  return (
    `No Chromium at ${executable}. Install it with ` +
    '`apt-get install -y chromium fonts-noto-cjk` (Debian), or point CHROMIUM_PATH at a Chromium or Chrome binary. ' +
    'Browsers are never downloaded (no `playwright install`).'
  );
}

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. `--js-flags=--expose-gc`. */
  args?: string[];
}

/**
 * A headless Chromium. playwright-core's launch() gives every browser a fresh temporary
 * profile folder and removes it on close. Close the browser in afterAll.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const problem = missingChromium();
  if (problem) throw new Error(problem);
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

export interface WallViewport {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

export interface WallPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and HTTP errors of the page, for failure messages. */
  errors: string[];
}

/**
 * A new page at the wall's size (a 1920x1080 screen by default) with the page's console
 * errors collected, navigated to `url` (waits for the load event, not for live data).
 */
export async function newWallPage(
  browser: Browser,
  url: string,
  viewport: WallViewport = { width: 1920, height: 1080, deviceScaleFactor: 1 },
): Promise<WallPage> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.deviceScaleFactor,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

/** The bits of a page's DOM the tests read inside page.evaluate (the test tsconfig has no DOM lib). */
export interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** What `globalThis` is inside the wall page, as far as the tests and benchmark use it. */
export interface WallGlobals {
  document: {
    title: string;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    getElementsByTagName(tag: string): { length: number };
  };
  performance: { memory?: { usedJSHeapSize: number } };
  gc?: () => void;
  /** The wall's own instrumentation (see the dashboard). */
  __careboard?: { updates: number; chartCount(): number };
}
