import { Migration } from '@mikro-orm/migrations';

/**
 * Every change to an account (role, city, disabled, token version, its districts) is
 * announced on `careboard_account` with the user's id, so that servers caching accounts
 * for sign-in checks drop the entry at once. Accounts stay out of the public change feed.
 */
export class Migration20261122112500_AccountNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function careboard_account_changed() returns trigger language plpgsql as $$
      begin
        -- As JSON: the two tables name the user's id differently.
        perform pg_notify('careboard_account', coalesce(to_jsonb(new), to_jsonb(old))
          ->> (case when tg_table_name = 'app_user' then 'id' else 'user_id' end));
        return null;
      end $$;`);
    this.addSql(`create trigger app_user_account_changed after update or delete on "app_user"
      for each row execute function careboard_account_changed();`);
    this.addSql(`create trigger app_user_district_account_changed after insert or update or delete on "app_user_district"
      for each row execute function careboard_account_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists app_user_account_changed on "app_user";`);
    this.addSql(`drop trigger if exists app_user_district_account_changed on "app_user_district";`);
    this.addSql(`drop function if exists careboard_account_changed();`);
  }
}
