import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { City } from '../geography/city.entity.js';

/**
 * A city's pace thresholds (pace.ts), set by its city admin. A city without a row uses
 * the defaults; the first change creates the row.
 */
@Entity({ tableName: 'pace_setting' })
export class PaceSetting extends BaseEntity {
  @OneToOne({ entity: () => City, owner: true, unique: true, deleteRule: 'cascade' })
  city!: Rel<City>;

  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  behindFrom!: number;

  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  farBehindFrom!: number;
}
