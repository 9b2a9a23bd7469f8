import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122083427_Initial } from './Migration20261122083427_Initial.js';
import { Migration20261122085336_Accounts } from './Migration20261122085336_Accounts.js';
import { Migration20261122091025_OpenNameUnique } from './Migration20261122091025_OpenNameUnique.js';
import { Migration20261122091639_ChangeFeed } from './Migration20261122091639_ChangeFeed.js';
import { Migration20261122112500_AccountNotify } from './Migration20261122112500_AccountNotify.js';
import { Migration20261122120000_NotifyTime } from './Migration20261122120000_NotifyTime.js';
import { Migration20261123090000_DisplayTokenNotify } from './Migration20261123090000_DisplayTokenNotify.js';
import { Migration20261201090000_LoginThrottle } from './Migration20261201090000_LoginThrottle.js';
import { Migration20261204041122_Townships } from './Migration20261204041122_Townships.js';
import { Migration20261204042227_TargetParts } from './Migration20261204042227_TargetParts.js';

/** Every migration in order. Listed by hand so builds and tests need no file discovery. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122083427_Initial', class: Migration20261122083427_Initial },
  { name: 'Migration20261122085336_Accounts', class: Migration20261122085336_Accounts },
  { name: 'Migration20261122091025_OpenNameUnique', class: Migration20261122091025_OpenNameUnique },
  { name: 'Migration20261122091639_ChangeFeed', class: Migration20261122091639_ChangeFeed },
  { name: 'Migration20261122112500_AccountNotify', class: Migration20261122112500_AccountNotify },
  { name: 'Migration20261122120000_NotifyTime', class: Migration20261122120000_NotifyTime },
  { name: 'Migration20261123090000_DisplayTokenNotify', class: Migration20261123090000_DisplayTokenNotify },
  { name: 'Migration20261201090000_LoginThrottle', class: Migration20261201090000_LoginThrottle },
  { name: 'Migration20261204041122_Townships', class: Migration20261204041122_Townships },
  { name: 'Migration20261204042227_TargetParts', class: Migration20261204042227_TargetParts },
];
