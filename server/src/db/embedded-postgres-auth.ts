import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The embedded cluster's superuser password. A cluster that trusts loopback makes every
 * local user of the machine its superuser; so the cluster asks for a SCRAM password that
 * only the server's own user can read (mode 0600, beside the cluster folder).
 */
export const PASSWORD_FILE_NAME = 'postgres-password';

export interface Ids {
  uid: number;
  gid: number;
}

/** DATA_DIR/postgres-password for the cluster in DATA_DIR/postgres. */
export function passwordFileOf(pgData: string): string {
  return path.join(path.dirname(pgData), PASSWORD_FILE_NAME);
}

/** The password kept in `file`, or null when there is none yet. Tightens the file's mode if loosened. */
export async function readPassword(file: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  await chmod(file, 0o600);
  const password = text.trim();
  if (!/^[0-9a-f]{32,}$/.test(password)) throw new Error(`${file} does not hold an embedded PostgreSQL password (expected hex, 32 or more digits)`);
  return password;
}

/** A new random password, written to `file` (never over an existing one). */
export async function createPassword(file: string): Promise<string> {
  const password = randomBytes(32).toString('hex');
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return password;
}

/**
 * Runs `fn` with a private copy of the password that initdb's user can read: as root,
 * initdb runs as `postgres`, which must not read the server's own file.
 */
export async function withInitdbPasswordFile<T>(password: string, ids: Ids | undefined, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'careboard-initdb-'));
  const file = path.join(dir, 'pwfile');
  try {
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    if (ids) await Promise.all([chown(dir, ids.uid, ids.gid), chown(file, ids.uid, ids.gid)]);
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TRUST_LINE = /^(\s*[^#\s].*\s)trust(\s*)$/;

/** Whether any rule of a pg_hba.conf lets a connection in without a password. */
export function hbaTrusts(hba: string): boolean {
  return hba.split('\n').some((line) => TRUST_LINE.test(line));
}

/** The same rules, each `trust` replaced by scram-sha-256; comments and other rules kept. */
export function hbaWithScram(hba: string): string {
  return hba
    .split('\n')
    .map((line) => line.replace(TRUST_LINE, '$1scram-sha-256$2'))
    .join('\n');
}

export function superuserUrl(user: string, password: string, port: number): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Moves a running cluster made by the old trust setup to SCRAM: sets the superuser's
 * password (over the still-trusted connection), rewrites pg_hba.conf and reloads it, then
 * waits until a connection without the password is refused.
 */
export async function upgradeTrustCluster(options: { pgData: string; port: number; user: string; password: string; reload: () => Promise<void> }): Promise<void> {
  const { pgData, port, user, password } = options;
  const client = new pg.Client({ host: '127.0.0.1', port, user, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`set password_encryption = 'scram-sha-256'`);
    // Utility statements take no parameters; the password is hex, so it needs no quoting.
    await client.query(`alter role "${user}" with password '${password}'`);
  } finally {
    await client.end();
  }
  const hbaFile = path.join(pgData, 'pg_hba.conf');
  // Overwriting keeps the file's owner (postgres, when we are root) and mode.
  await writeFile(hbaFile, hbaWithScram(await readFile(hbaFile, 'utf8')));
  await options.reload();
  // The postmaster applies a reload on its own schedule: poll for it, within a deadline.
  for (const deadline = Date.now() + 10_000; ; ) {
    if (!(await connectsWithoutPassword(port, user))) return;
    if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL in ${pgData} still lets ${user} in without a password after the reload`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function connectsWithoutPassword(port: number, user: string): Promise<boolean> {
  // A password function that fails tells "asked for a password" from "let in".
  const client = new pg.Client({ host: '127.0.0.1', port, user, database: 'postgres', password: () => Promise.reject(new Error('no password')) });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
