import { Check, Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from './institution.enums.js';
import { District } from '../geography/district.entity.js';
import { Township } from '../geography/township.entity.js';

@ObjectType({ description: '托育机构 / A childcare institution for children under 3' })
@Entity({ tableName: 'institution' })
@Index({ properties: ['district', 'closedOn'] })
// One open institution of a name per district: the database settles two imports or
// creations racing with the same name, which a check in the service alone cannot.
@Index({
  name: 'institution_open_name_unique',
  expression: 'create unique index "institution_open_name_unique" on "institution" ("district_id", "name") where "closed_on" is null',
})
// The database is the last line of defence for the domain rules the services check.
@Check({ name: 'institution_slots_range', expression: 'slots between 0 and 10000' })
@Check({ name: 'institution_enrolled_range', expression: 'enrolled between 0 and slots' })
@Check({ name: 'institution_closed_after_opened', expression: 'closed_on is null or closed_on >= opened_on' })
export class Institution extends BaseEntity {
  @Field(() => String, { description: '机构名称 / Name' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne({ entity: () => District })
  district!: Rel<District>;

  // Nullable for rows written before townships existed and for writers that do not give one
  // yet; the demo data places every institution.
  @ManyToOne({ entity: () => Township, nullable: true, index: true, deleteRule: 'restrict' })
  township: Rel<Township> | null = null;

  @Field(() => Ownership, { description: '举办主体 / Ownership' })
  @Enum({ items: () => Ownership, type: 'string' })
  ownership!: Ownership;

  @Field(() => Boolean, { description: '是否普惠 / Inclusive (publicly subsidised, price-capped)' })
  @Property({ type: 'boolean' })
  inclusive: Opt<boolean> = false;

  @Field(() => LocalDateResolver, { nullable: true, description: '备案日期，未备案为空 / Date of filing (备案) with the health commission; null when not filed' })
  @Property({ type: 'date', nullable: true })
  filedOn: string | null = null;

  @Field(() => DemonstrationLevel, { description: '示范性托育机构级别 / Demonstration level' })
  @Enum({ items: () => DemonstrationLevel, type: 'string' })
  demonstrationLevel: Opt<DemonstrationLevel> = DemonstrationLevel.NONE;

  @Field(() => PilotLevel, { description: '普惠试点级别 / Inclusive pilot level' })
  @Enum({ items: () => PilotLevel, type: 'string' })
  pilotLevel: Opt<PilotLevel> = PilotLevel.NONE;

  @Field(() => Int, { description: '托位数（个）/ Childcare slots' })
  @Property({ type: 'integer' })
  slots!: number;

  @Field(() => Int, { description: '在托婴幼儿数（人）/ Children enrolled' })
  @Property({ type: 'integer' })
  enrolled!: number;

  @Field(() => [AgeClass], { description: '开设班型 / Age classes offered' })
  @Enum({ items: () => AgeClass, array: true, type: 'string[]', columnType: 'text[]' })
  ageClasses: Opt<AgeClass[]> = [];

  @Field(() => String, { description: '地址 / Address' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => LocalDateResolver, { description: '开业日期 / Opening date' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: '停办日期，运营中为空 / Closing date; null while open' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;
}
