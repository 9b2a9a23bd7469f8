import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { secretFromString } from './tokens.js';

/**
 * The key that signs access tokens. JWT_SECRET in production (every replica must share
 * it); elsewhere a random one kept in the data folder, so sign-ins survive a restart.
 */
export async function loadTokenSecret(options: { secret: string | undefined; production: boolean; dataDir: string }): Promise<Uint8Array> {
  if (options.secret) return secretFromString(options.secret);
  if (options.production) throw new Error('JWT_SECRET must be set in production (at least 32 bytes, shared by every replica)');
  const file = path.join(options.dataDir, 'jwt-secret');
  try {
    return secretFromString((await readFile(file, 'utf8')).trim());
  } catch {
    const secret = randomBytes(48).toString('base64url');
    await mkdir(options.dataDir, { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secretFromString(secret);
  }
}
