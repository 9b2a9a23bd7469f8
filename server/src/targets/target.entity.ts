import { Check, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { TargetKind } from './target.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { IndicatorDefinition } from '../indicators/indicator.entity.js';

/** A target such as 2023年新增托位2000个; served through TargetView (target.type.ts), which adds progress. */
@Entity({ tableName: 'target' })
@Check({ name: 'target_one_scope', expression: '(city_id is null) <> (district_id is null)' })
export class Target extends BaseEntity {
  @ManyToOne({ entity: () => City, nullable: true, index: true, deleteRule: 'restrict' })
  city: Rel<City> | null = null;

  @ManyToOne({ entity: () => District, nullable: true, index: true, deleteRule: 'restrict' })
  district: Rel<District> | null = null;

  @ManyToOne({ entity: () => IndicatorDefinition })
  indicator!: Rel<IndicatorDefinition>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Enum({ items: () => TargetKind, type: 'string' })
  kind!: TargetKind;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  deadline!: string;

  @Property({ type: 'decimal', precision: 18, scale: 4, runtimeType: 'number' })
  baseline!: number;

  @Property({ type: 'decimal', precision: 18, scale: 4, runtimeType: 'number' })
  targetValue!: number;
}
