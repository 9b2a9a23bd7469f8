import { Check, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { CoverageUnit, TargetKind } from './target.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { IndicatorDefinition } from '../indicators/indicator.entity.js';

/** A target such as 2023年新增托位2000个; served through TargetView (target.type.ts), which adds progress. */
@Entity({ tableName: 'target' })
@Check({ name: 'target_one_scope', expression: '(city_id is null) <> (district_id is null)' })
@Check({ name: 'target_coverage_unit', expression: `(kind = 'COVERAGE') = (coverage_unit is not null)` })
export class Target extends BaseEntity {
  @ManyToOne({ entity: () => City, nullable: true, index: true, deleteRule: 'restrict' })
  city: Rel<City> | null = null;

  @ManyToOne({ entity: () => District, nullable: true, index: true, deleteRule: 'restrict' })
  district: Rel<District> | null = null;

  /** The city target this one is a district's part of (target-parts.service.ts). */
  @ManyToOne({ entity: () => Target, nullable: true, index: true, deleteRule: 'restrict' })
  parent: Rel<Target> | null = null;

  @ManyToOne({ entity: () => IndicatorDefinition })
  indicator!: Rel<IndicatorDefinition>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Enum({ items: () => TargetKind, type: 'string' })
  kind!: TargetKind;

  /** What a COVERAGE target counts; null for the other kinds. */
  @Enum({ items: () => CoverageUnit, type: 'string', nullable: true })
  coverageUnit: CoverageUnit | null = null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  deadline!: string;

  @Property({ type: 'decimal', precision: 18, scale: 4, runtimeType: 'number' })
  baseline!: number;

  @Property({ type: 'decimal', precision: 18, scale: 4, runtimeType: 'number' })
  targetValue!: number;
}
