import { describe, expect, it } from 'vitest';
import { paceOf } from '../../targets/pace.js';
import { computeProgress } from '../../targets/progress.js';
import { PaceStatus, TargetKind } from '../../targets/target.enums.js';
import { buildDemoData } from './demo-data.js';

const data = buildDemoData(new Date('2026-11-22T08:00:00Z'));
const jingzhou2023 = data.targets.find((t) => t.title === '2023年新增托位2000个')!;
const slotsAt = (districtCode: string, period: string) =>
  data.indicatorValues.find((v) => v.indicatorKey === 'childcare_slots' && v.districtCode === districtCode && v.period === period)!.value;

describe('the demo split of Jingzhou’s 2023 target', () => {
  it('gives each of the eight districts a part, labelled as a demo split, adding up to 2,000', () => {
    const parts = jingzhou2023.parts!;
    expect(parts.map((p) => p.districtCode).sort()).toEqual(data.districts.filter((d) => d.cityCode === '421000').map((d) => d.code).sort());
    expect(parts.reduce((s, p) => s + p.targetValue, 0)).toBe(2_000);
    for (const p of parts) expect(p.title).toContain('演示分解');
  });

  it('takes each district’s slots at the end of 2022 as its baseline, which add up to the city’s 11,966', () => {
    const parts = jingzhou2023.parts!;
    for (const p of parts) expect(p.baseline).toBe(slotsAt(p.districtCode, '2022-12-01'));
    expect(parts.reduce((s, p) => s + p.baseline, 0)).toBe(11_966);
  });

  it('leaves some districts on pace and some behind at the deadline, judged by the demo history', () => {
    const pace = Object.fromEntries(jingzhou2023.parts!.map((p) => {
      const { progress, expectedProgress } = computeProgress({
        kind: TargetKind.INCREASE, baseline: p.baseline, targetValue: p.targetValue, current: slotsAt(p.districtCode, '2023-12-01'),
        startsOn: '2023-01-01', deadline: '2023-12-31', today: '2026-11-22',
      });
      return [p.districtCode, paceOf(progress, expectedProgress).pace];
    }));
    expect(pace).toEqual({
      '421002': PaceStatus.MET, '421003': PaceStatus.MET, '421022': PaceStatus.MET, '421024': PaceStatus.ON_PACE,
      '421081': PaceStatus.BEHIND, '421083': PaceStatus.MET, '421087': PaceStatus.FAR_BEHIND, '421088': PaceStatus.MET,
    });
  });
});

describe('Lianyungang’s 2025 coverage target', () => {
  it('asks for every township by the end of 2025, from the demo institutions’ coverage at the end of 2022', () => {
    const t = data.targets.find((x) => x.kind === 'COVERAGE')!;
    expect(t).toMatchObject({ cityCode: '320700', coverageUnit: 'TOWNSHIP', indicatorKey: 'inclusive_institutions', deadline: '2025-12-31', targetValue: 100 });
    expect(t.baseline).toBeGreaterThan(0);
    expect(t.baseline).toBeLessThan(100);
  });
});
