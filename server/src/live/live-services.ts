import type { MikroORM } from '@mikro-orm/postgresql';
import { ChangeFeedReader } from './change-feed.js';
import { ChangeListener } from './change-listener.js';
import { FeedHub } from './feed-hub.js';
import { OverviewHub } from './overview-hub.js';
import { scheduleRetention } from './retention.js';
import { AccountCache } from '../auth/account-cache.js';

/** Everything live in one process: the LISTEN connection and the hubs it feeds. */
export interface LiveServices {
  listener: ChangeListener;
  /** Accounts for sign-in checks, dropped on each account's change announcement. */
  accounts: AccountCache;
  overviews: OverviewHub;
  feeds: FeedHub;
  stop(): Promise<void>;
}

export async function startLive(
  orm: MikroORM,
  databaseUrl: string,
  options: { coalesceMs: number; retentionDays: number },
  log: (message: string) => void,
): Promise<LiveServices> {
  const coalesceMs = options.coalesceMs;
  const overviews = new OverviewHub(orm, coalesceMs, log);
  const feeds = new FeedHub(new ChangeFeedReader(orm), log);
  const listener = new ChangeListener(databaseUrl, log);
  const accounts = new AccountCache(() => listener.connected);
  listener.on('account', (userId) => accounts.invalidate(userId));
  listener.on('change', (notice) => {
    void overviews.changed(notice.city);
    feeds.changed(notice.city);
  });
  listener.on('resync', () => {
    accounts.invalidate();
    overviews.resyncAll();
    feeds.resyncAll();
  });
  await listener.start();
  const stopRetention = scheduleRetention(orm, options.retentionDays, log);
  return {
    listener,
    accounts,
    overviews,
    feeds,
    async stop() {
      stopRetention();
      await listener.stop();
      overviews.dispose();
    },
  };
}
