// Global setup of the e2e project: the blackbox project's PostgreSQL and seeded template
// (pgServerUrl, templateDatabase, from support/global-setup.ts), the dashboard built once,
// and a clear stop when there is no Chromium to drive.
import type { TestProject } from 'vitest/node';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import databaseSetup from '../support/global-setup.js';
import { missingChromium } from '../support/browser.js';
import { DASHBOARD_DIST, REPO_ROOT } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A private copy of the freshly built dashboard/dist, for DASHBOARD_DIST. */
    dashboardDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // First: the cheapest check, and the likeliest thing to be missing on a new machine.
  const problem = missingChromium();
  if (problem) throw new Error(`e2e: ${problem}`);

  // E2E_DASHBOARD_DIST=<folder> tests that build instead; E2E_SKIP_BUILD=1 reuses the
  // dashboard/dist already there (e.g. right after `pnpm build`).
  const dist = process.env.E2E_DASHBOARD_DIST ? path.resolve(process.env.E2E_DASHBOARD_DIST) : DASHBOARD_DIST;
  if (!process.env.E2E_DASHBOARD_DIST && process.env.E2E_SKIP_BUILD !== '1') {
    const command = 'pnpm --filter @careboard/dashboard build';
    // Not vitest's NODE_ENV=test: Vite would bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const build = spawnSync('pnpm', ['--filter', '@careboard/dashboard', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env });
    if (build.error) throw new Error(`e2e: could not run \`${command}\`: ${build.error.message}`);
    if (build.status !== 0) throw new Error(`e2e: \`${command}\` failed (${build.status ?? build.signal}); the wall cannot be tested without dashboard/dist`);
  }
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`e2e: no ${path.join(dist, 'index.html')}: the dashboard is not built`);

  // The servers under test serve a private copy: other tests of the same run (the README's
  // `pnpm start`) rebuild dashboard/dist, and Vite empties it first.
  const copy = await mkdtemp(path.join(os.tmpdir(), 'careboard-e2e-dist-'));
  await cp(dist, copy, { recursive: true });
  project.provide('dashboardDist', copy);

  let teardownDatabase: (() => Promise<void>) | undefined;
  try {
    teardownDatabase = await databaseSetup(project);
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await teardownDatabase?.();
    await rm(copy, { recursive: true, force: true });
  };
}
