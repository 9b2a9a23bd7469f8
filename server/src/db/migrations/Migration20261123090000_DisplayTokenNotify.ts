import { Migration } from '@mikro-orm/migrations';

/**
 * A screen token revoked, moved to another city, re-keyed or deleted is announced on
 * `careboard_display_token` with its id, so that every server closes the screens still
 * using it at once instead of at their next periodic check. Its `last_used_at`, written
 * as screens connect, is not announced: nothing about access changes with it.
 */
export class Migration20261123090000_DisplayTokenNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function careboard_display_token_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('careboard_display_token', coalesce(new.id, old.id)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger display_token_access_changed after update on "display_token" for each row
      when (old.revoked_at is distinct from new.revoked_at or old.city_id is distinct from new.city_id or old.token_hash is distinct from new.token_hash)
      execute function careboard_display_token_changed();`);
    this.addSql(`create trigger display_token_deleted after delete on "display_token"
      for each row execute function careboard_display_token_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists display_token_access_changed on "display_token";`);
    this.addSql(`drop trigger if exists display_token_deleted on "display_token";`);
    this.addSql(`drop function if exists careboard_display_token_changed();`);
  }
}
