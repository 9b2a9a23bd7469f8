import { describe, expect, it } from 'vitest';
import { localInputToIso, toLocalInput } from './instant';

describe('localInputToIso and toLocalInput', () => {
  it('reads a datetime-local value in the browser time zone and writes it back the same', () => {
    const iso = localInputToIso('2026-11-30T09:30')!;
    const date = new Date(iso);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 10, 30, 9, 30]);
    expect(toLocalInput(date)).toBe('2026-11-30T09:30');
  });

  it('refuses text that is not a real local time', () => {
    for (const value of ['', '2026-11-30', '2026-02-30T10:00', '2026-11-30T25:00', 'now']) expect(localInputToIso(value), value).toBeNull();
  });
});
