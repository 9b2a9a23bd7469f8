import { describe, expect, it } from 'vitest';
import type { TickerEvent } from '../../graphql/types';
import { mergeTicker, roleName, tickerLine } from './ticker-lines';

function event(overrides: Partial<TickerEvent> = {}): TickerEvent {
  return {
    seq: '101',
    // 09:41:07 in Beijing time.
    at: '2026-05-12T01:41:07.000Z',
    kind: 'INSTITUTION',
    op: 'UPDATE',
    title: '沙市区童乐托育中心',
    districtName: '沙市区',
    changes: [{ field: 'slots', label: '托位数', before: '120', after: '145' }],
    actorRole: 'STAFF',
    ...overrides,
  };
}

describe('tickerLine', () => {
  it('writes a slots change as time, district, institution, field, before→after and who', () => {
    expect(tickerLine(event(), 'zh-CN')).toBe('09:41:07 沙市区 · 沙市区童乐托育中心 托位数 120→145（工作人员）');
  });

  it('writes the time in the time zone it is given', () => {
    expect(tickerLine(event(), 'zh-CN', 'UTC').startsWith('01:41:07 ')).toBe(true);
  });

  it('names a city administrator, and the system for a change without an actor', () => {
    expect(tickerLine(event({ actorRole: 'CITY_ADMIN' }), 'zh-CN').endsWith('（市级管理员）')).toBe(true);
    expect(tickerLine(event({ actorRole: null }), 'zh-CN').endsWith('（系统）')).toBe(true);
  });

  it('writes fields and roles in English in English', () => {
    expect(tickerLine(event(), 'en')).toBe('09:41:07 沙市区 · 沙市区童乐托育中心 slots 120→145 (staff)');
  });

  it('leaves out the district of a city-wide change', () => {
    const line = tickerLine(event({ kind: 'TARGET', title: '2026年新增普惠托位800个', districtName: null, changes: [] }), 'zh-CN');
    expect(line).toBe('09:41:07 2026年新增普惠托位800个（工作人员）');
  });

  it('marks a new record and does not repeat its name among the changes', () => {
    const line = tickerLine(
      event({
        op: 'INSERT',
        changes: [
          { field: 'name', label: '名称', before: null, after: '沙市区童乐托育中心' },
          { field: 'slots', label: '托位数', before: null, after: '80' },
          { field: 'inclusive', label: '普惠', before: null, after: 'true' },
        ],
      }),
      'zh-CN',
    );
    expect(line).toBe('09:41:07 沙市区 · 新增 沙市区童乐托育中心 托位数 80，普惠 是（工作人员）');
  });

  it('shows a cleared value as a dash', () => {
    const line = tickerLine(event({ changes: [{ field: 'closed_on', label: '停办日期', before: '2026-05-01', after: null }] }), 'zh-CN');
    expect(line).toContain('停办日期 2026-05-01→—');
  });

  it('shows three changes and counts the rest, so a line stays short', () => {
    const changes = ['a', 'b', 'c', 'd', 'e'].map((field, i) => ({ field, label: field, before: String(i), after: String(i + 1) }));
    const line = tickerLine(event({ changes }), 'en');
    expect(line).toContain('a 0→1, b 1→2, c 2→3 and 2 more');
    expect(line).not.toContain('d 3→4');
  });

  it('names the kind of record when it has no title', () => {
    expect(tickerLine(event({ op: 'DELETE', title: '', changes: [] }), 'en')).toBe('09:41:07 沙市区 · Removed: institution (staff)');
  });
});

describe('roleName', () => {
  it('keeps a role it does not know as it is', () => {
    expect(roleName('AUDITOR', 'zh-CN')).toBe('AUDITOR');
  });
});

describe('mergeTicker', () => {
  const seqs = (events: TickerEvent[]) => events.map((e) => e.seq);

  it('puts the newest event first', () => {
    expect(seqs(mergeTicker([event({ seq: '2' }), event({ seq: '1' })], event({ seq: '3' })))).toEqual(['3', '2', '1']);
  });

  it('keeps sequence order when an older event arrives late, comparing seqs as numbers', () => {
    expect(seqs(mergeTicker([event({ seq: '10' }), event({ seq: '8' })], event({ seq: '9' })))).toEqual(['10', '9', '8']);
  });

  it('orders sequence numbers beyond the safe integer range', () => {
    const list = mergeTicker([event({ seq: '9007199254740993' })], event({ seq: '9007199254740994' }));
    expect(seqs(list)).toEqual(['9007199254740994', '9007199254740993']);
  });

  it('ignores an event it already has and returns the same list', () => {
    const current = [event({ seq: '2' }), event({ seq: '1' })];
    expect(mergeTicker(current, event({ seq: '1', title: 'again' }))).toBe(current);
  });

  it('never grows beyond the cap, dropping the oldest', () => {
    let list: TickerEvent[] = [];
    for (let seq = 1; seq <= 50; seq += 1) list = mergeTicker(list, event({ seq: String(seq) }), 30);
    expect(list).toHaveLength(30);
    expect(list[0]?.seq).toBe('50');
    expect(list[29]?.seq).toBe('21');
  });

  it('caps at 30 by default', () => {
    const current = Array.from({ length: 30 }, (_, i) => event({ seq: String(100 - i) }));
    expect(mergeTicker(current, event({ seq: '101' }))).toHaveLength(30);
  });
});
