import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Institution } from '../../childcare/institution.entity.js';
import type { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../../childcare/institution.enums.js';
import type { Computation, Frequency, IndicatorCategory } from '../../indicators/indicator.enums.js';
import type { DistrictKind } from '../../geography/district.enums.js';
import type { CoverageUnit, TargetKind } from '../../targets/target.enums.js';
import { City } from '../../geography/city.entity.js';
import { District } from '../../geography/district.entity.js';
import { Township } from '../../geography/township.entity.js';
import { IndicatorValue } from '../../indicators/indicator-value.entity.js';
import { IndicatorDefinition } from '../../indicators/indicator.entity.js';
import { Target } from '../../targets/target.entity.js';
import { buildDemoData } from './demo-data.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { User } from '../../auth/user.entity.js';
import { hashPassword } from '../../auth/password.js';
import { Role } from '../../auth/role.enums.js';

/**
 * Loads the demo data set (real figures from the Jingzhou and Lianyungang reports, the rest
 * made up; see demo-data.ts) in one transaction. Runs only on an empty database.
 */
export class DemoSeeder extends Seeder {
  /** With `referenceOnly`, just the cities, districts, townships and indicator dictionary. */
  constructor(
    private readonly today: Date = new Date(),
    private readonly referenceOnly = false,
  ) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const data = buildDemoData(this.today);
    const passwordHashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));
    await em.transactional(async (tx) => {
      // Loading the data set is not a change screens need to hear about, row by row.
      await (tx as SqlEntityManager).execute("select set_config('careboard.quiet', 'on', true)");
      const cities = new Map<string, City>();
      for (const c of data.cities) {
        cities.set(c.code, tx.create(City, { ...c }));
      }
      const districts = new Map<string, District>();
      for (const d of data.districts) {
        const { cityCode, ...rest } = d;
        districts.set(d.code, tx.create(District, { ...rest, kind: rest.kind as DistrictKind, city: need(cities, cityCode) }));
      }
      const townships = new Map<string, Township>();
      for (const t of data.townships) {
        const { districtCode, ...rest } = t;
        townships.set(t.code, tx.create(Township, { ...rest, district: need(districts, districtCode) }));
      }
      const institutions = this.referenceOnly ? [] : data.institutions;
      for (const i of institutions) {
        const { districtCode, townshipCode, ...rest } = i;
        tx.create(Institution, {
          ...rest,
          ownership: rest.ownership as Ownership,
          demonstrationLevel: rest.demonstrationLevel as DemonstrationLevel,
          pilotLevel: rest.pilotLevel as PilotLevel,
          ageClasses: rest.ageClasses as AgeClass[],
          district: need(districts, districtCode),
          township: need(townships, townshipCode),
        });
      }
      const indicators = new Map<string, IndicatorDefinition>();
      for (const d of data.indicators) {
        indicators.set(
          d.key,
          tx.create(IndicatorDefinition, {
            ...d,
            category: d.category as IndicatorCategory,
            frequency: d.frequency as Frequency,
            computation: d.computation as Computation,
          }),
        );
      }
      await tx.flush();
      if (this.referenceOnly) return;

      // History is the bulk of the data set: insert it in one statement per chunk.
      const values = data.indicatorValues.map((v) => ({
        indicator: need(indicators, v.indicatorKey).id,
        city: v.cityCode ? need(cities, v.cityCode).id : null,
        district: v.districtCode ? need(districts, v.districtCode).id : null,
        period: v.period,
        value: v.value,
        sourceNote: v.sourceNote,
      }));
      for (let i = 0; i < values.length; i += 1000) {
        await tx.insertMany(IndicatorValue, values.slice(i, i + 1000));
      }

      for (const t of data.targets) {
        const target = tx.create(Target, {
          title: t.title,
          kind: t.kind as TargetKind,
          startsOn: t.startsOn,
          deadline: t.deadline,
          baseline: t.baseline,
          targetValue: t.targetValue,
          indicator: need(indicators, t.indicatorKey),
          city: t.cityCode ? need(cities, t.cityCode) : null,
          district: t.districtCode ? need(districts, t.districtCode) : null,
          coverageUnit: (t.coverageUnit ?? null) as CoverageUnit | null,
        });
        for (const { districtCode, ...part } of t.parts ?? []) {
          tx.create(Target, {
            ...part, kind: target.kind, startsOn: target.startsOn, deadline: target.deadline, indicator: target.indicator,
            city: null, district: need(districts, districtCode), parent: target,
          });
        }
      }

      demoAccounts.forEach((a, index) => {
        const user = tx.create(User, {
          username: a.username,
          displayName: a.displayName,
          role: a.role as Role,
          passwordHash: passwordHashes[index]!,
          city: a.cityCode ? need(cities, a.cityCode) : null,
        });
        user.districts.set(a.districtCodes.map((code) => need(districts, code)));
      });
    });
  }
}

function need<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown code "${key}"`);
  return value;
}
