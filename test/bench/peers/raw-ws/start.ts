import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface RawWsPeer {
  url: string;
  pid: number;
  /** Asks the peer to send `message` to every client; resolves as the command leaves. */
  broadcast(message: string): void;
  stop(): Promise<void>;
}

/** The raw ws peer in its own process (as our server runs in its own). */
export async function startRawWsPeer(): Promise<RawWsPeer> {
  const child: ChildProcess = fork(path.join(here, 'server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`raw ws peer exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `ws://127.0.0.1:${port}`,
    pid: child.pid!,
    broadcast: (message) => child.send({ broadcast: message }),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
