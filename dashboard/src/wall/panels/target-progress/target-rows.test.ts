import { describe, expect, it } from 'vitest';
import { target } from '../test-fixtures';
import { breakTitle, targetState, textUnits } from './target-rows';

describe('breakTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(breakTitle('2023年新增托位2000个', 17)).toEqual(['2023年新增托位2000个']);
  });

  it('breaks a long title where Chinese breaks, never before a lone unit', () => {
    const lines = breakTitle('2025年每千人口托位数达到4.5个', 12);
    expect(lines).toEqual(['2025年每千人口托位数', '达到4.5个']);
    for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(12);
  });

  it('leaves at least three characters on the last line when no natural break fits', () => {
    const lines = breakTitle('甲乙丙丁戊己庚辛壬癸子丑寅卯', 12);
    expect([...lines[1]!].length).toBeGreaterThanOrEqual(3);
  });
});

describe('targetState', () => {
  it('tells a running target from a met and a missed one by the city’s date', () => {
    expect(targetState(target({ deadline: '2026-12-31' }), '2026-12-04')).toBe('running');
    expect(targetState(target({ deadline: '2023-12-31', progress: 1.43 }), '2026-12-04')).toBe('met');
    expect(targetState(target({ deadline: '2025-12-31', progress: 0.9 }), '2026-12-04')).toBe('missed');
  });
});
