import { writes } from '../common/write-transaction.js';

/** What a sign-in check needs of an account. */
export interface AccountRow {
  display_name: string;
  role: string;
  city_id: number | null;
  disabled: boolean;
  token_version: number;
  district_ids: number[];
}

interface Entry {
  row: AccountRow;
  epoch: number;
}

const CAPACITY = 10_000;

/**
 * Accounts read for sign-in checks, kept until the account changes. The database announces
 * every change of an account (careboard_account); an API write in this process also ends
 * every entry, before its response; and nothing is used while those announcements cannot
 * arrive (`usable` false), so a disabled or re-roled account takes effect at once, as it
 * did when every request read it.
 */
export class AccountCache {
  private readonly entries = new Map<number, Entry>();
  /** Counts invalidations: a read that started before one must not be stored after it. */
  private generation = 0;

  constructor(private readonly usable: () => boolean) {}

  get(userId: number): AccountRow | undefined {
    if (!this.usable()) return undefined;
    const entry = this.entries.get(userId);
    if (!entry || entry.epoch !== writes.epoch) return undefined;
    return entry.row;
  }

  /** A token for `store`, taken before the account is read. */
  begin(): { generation: number; epoch: number } {
    return { generation: this.generation, epoch: writes.epoch };
  }

  store(userId: number, row: AccountRow, since: { generation: number; epoch: number }): void {
    if (!this.usable() || since.generation !== this.generation || since.epoch !== writes.epoch) return;
    if (this.entries.size >= CAPACITY) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userId, { row, epoch: since.epoch });
  }

  /** One account changed, or (without an id) any may have. */
  invalidate(userId?: number): void {
    this.generation += 1;
    if (userId === undefined) this.entries.clear();
    else this.entries.delete(userId);
  }
}
