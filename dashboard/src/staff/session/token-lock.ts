/**
 * A refresh token works once, and the server revokes every session of an account when one
 * is used twice. A duplicated browser tab copies sessionStorage, so two tabs could hold the
 * same refresh token: each tab holds a Web Lock named after its current token, and a tab
 * that finds the lock taken leaves that token to the tab that holds it.
 */
export interface TokenLock {
  /** Whether this tab now holds `token`; false when another tab does. */
  claim(token: string): Promise<boolean>;
  /** Lets go of the token held, if any. */
  release(): void;
}

/** A short, stable, non-secret name for a token (FNV-1a): lock names are seen only by this origin. */
export function lockName(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i += 1) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `careboard-refresh-${hash.toString(16).padStart(8, '0')}`;
}

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

/** A page reloading in this tab may still hold its lock for a moment: try a few times. */
const ATTEMPTS = 4;
const RETRY_MS = 150;

/** Web Locks where the browser has them (secure contexts); elsewhere every claim succeeds. */
export function browserTokenLock(): TokenLock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  let letGo: (() => void) | null = null;
  const tryOnce = (name: string) =>
    new Promise<(() => void) | null>((resolve) => {
      locks!
        .request(name, { ifAvailable: true }, (lock) => {
          if (!lock) return resolve(null);
          return new Promise<void>((done) => resolve(done));
        })
        .catch(() => resolve(() => undefined));
    });
  return {
    async claim(token) {
      if (!locks) return true;
      const name = lockName(token);
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const release = await tryOnce(name);
        if (release) {
          letGo?.();
          letGo = release;
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
      return false;
    },
    release() {
      letGo?.();
      letGo = null;
    },
  };
}
