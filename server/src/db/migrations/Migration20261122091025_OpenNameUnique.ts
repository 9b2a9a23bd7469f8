import { Migration } from '@mikro-orm/migrations';

export class Migration20261122091025_OpenNameUnique extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`create unique index "institution_open_name_unique" on "institution" ("district_id", "name") where "closed_on" is null;`);
    this.addSql(`alter table "institution" add constraint institution_enrolled_range check(enrolled between 0 and slots);`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check(slots between 0 and 10000);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "institution_open_name_unique";`);
    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`alter table "institution" add constraint institution_enrolled_range check((enrolled >= 0) AND (enrolled <= slots));`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check((slots >= 0) AND (slots <= 10000));`);
  }

}
