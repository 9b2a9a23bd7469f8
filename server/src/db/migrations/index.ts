import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122083427_Initial } from './Migration20261122083427_Initial.js';
import { Migration20261122085336_Accounts } from './Migration20261122085336_Accounts.js';

/** Every migration in order. Listed by hand so builds and tests need no file discovery. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122083427_Initial', class: Migration20261122083427_Initial },
  { name: 'Migration20261122085336_Accounts', class: Migration20261122085336_Accounts },
];
