import { Check, Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { IndicatorDefinition } from './indicator.entity.js';

/**
 * One recorded figure: the level of an indicator at the end of a period, for a city or a
 * district (exactly one of the two). Not a GraphQL type: the API serves series points.
 */
@Entity({ tableName: 'indicator_value' })
@Check({ name: 'indicator_value_one_scope', expression: '(city_id is null) <> (district_id is null)' })
// One figure per indicator, scope and period; these also serve every series lookup.
@Index({
  name: 'indicator_value_district_period_unique',
  expression: 'create unique index "indicator_value_district_period_unique" on "indicator_value" ("indicator_id", "district_id", "period") where "district_id" is not null',
})
@Index({
  name: 'indicator_value_city_period_unique',
  expression: 'create unique index "indicator_value_city_period_unique" on "indicator_value" ("indicator_id", "city_id", "period") where "city_id" is not null',
})
export class IndicatorValue extends BaseEntity {
  @ManyToOne({ entity: () => IndicatorDefinition })
  indicator!: Rel<IndicatorDefinition>;

  @ManyToOne({ entity: () => City, nullable: true, deleteRule: 'restrict' })
  city: Rel<City> | null = null;

  @ManyToOne({ entity: () => District, nullable: true, deleteRule: 'restrict' })
  district: Rel<District> | null = null;

  /** First day of the period. */
  @Property({ type: 'date' })
  period!: string;

  @Property({ type: 'decimal', precision: 18, scale: 4, runtimeType: 'number' })
  value!: number;

  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;
}
