import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling per (account, address), per address and per account, and the
 * addresses each account signed in from (auth/login-throttle.ts). The per-account count on
 * app_user goes: it let a stranger keep any account locked, and every failed sign-in
 * updated app_user, which announced an account change to every replica.
 */
export class Migration20261201090000_LoginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "login_failure" (
      "scope" text not null check ("scope" in ('pair', 'address', 'account')),
      "key" text not null,
      "failures" int not null,
      "last_failure_at" timestamptz not null,
      constraint "login_failure_pkey" primary key ("scope", "key"));`);
    this.addSql(`create index "login_failure_last_failure_at_index" on "login_failure" ("last_failure_at");`);
    this.addSql(`create table "login_known_address" (
      "user_id" int not null references "app_user" ("id") on update cascade on delete cascade,
      "address" text not null,
      "last_success_at" timestamptz not null,
      constraint "login_known_address_pkey" primary key ("user_id", "address"));`);
    this.addSql(`create index "login_known_address_last_success_at_index" on "login_known_address" ("last_success_at");`);
    this.addSql(`alter table "app_user" drop column "failed_logins", drop column "locked_until";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" add column "failed_logins" int not null default 0, add column "locked_until" timestamptz null;`);
    this.addSql(`drop table if exists "login_known_address";`);
    this.addSql(`drop table if exists "login_failure";`);
  }
}
