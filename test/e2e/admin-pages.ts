// Helpers of the staff pages' e2e tests (/admin in headless Chromium against the real server).
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newWallPage, type WallGlobals, type WallPage } from '../support/browser.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts.js';

/** An office monitor, not a wall. */
export const OFFICE_SCREEN = { width: 1366, height: 900, deviceScaleFactor: 1 };

/** Counts as the pages write them: "1,280". */
export const grouped = new Intl.NumberFormat('en-US');

/**
 * A fresh browser context signed in as `username` through the sign-in page, then sent to
 * `path` (the institutions list when none is given). Fresh contexts share nothing: two of
 * them are two people.
 */
export async function signedInPage(browser: Browser, baseUrl: string, username: string, path?: string): Promise<WallPage> {
  const opened = await newWallPage(browser, `${baseUrl}${path ?? '/admin'}`, OFFICE_SCREEN);
  const { page } = opened;
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('signed-in-user').waitFor();
  if (path) await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  return opened;
}

/** The text of the first element matching `selector` now, or '' when there is none. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => (globalThis as unknown as WallGlobals).document.querySelector(s)?.textContent ?? '', selector);
}

/** Waits until the wall's total reads `expected`. */
export async function waitForWallTotal(wall: Page, expected: number, timeout = 10_000): Promise<void> {
  const text = grouped.format(expected);
  await expect
    .poll(() => textOf(wall, '[data-testid="total-slots"]'), { timeout, interval: 50, message: `the wall's total should read ${text}` })
    .toContain(text);
}

/** The message shown beside a form control: the element its aria-describedby names first. */
export async function errorBeside(page: Page, controlSelector: string): Promise<string> {
  const control = page.locator(controlSelector);
  const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? ((await page.locator(`#${errorId}`).textContent()) ?? '') : '';
}
