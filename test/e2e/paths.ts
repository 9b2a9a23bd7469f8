import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built dashboard: the e2e global setup builds it and gives the tests a private copy (inject('dashboardDist')). */
export const DASHBOARD_DIST = path.join(REPO_ROOT, 'dashboard', 'dist');

/** Where e2e runs leave screenshots (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
