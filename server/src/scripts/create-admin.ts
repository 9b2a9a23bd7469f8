// Creates the first CITY_ADMIN of a real deployment (the demo data has its own accounts):
//   CAREBOARD_ADMIN_PASSWORD=… pnpm --filter @careboard/server create-admin -- --username wang --city 421000 --name 王主任
// Uses the same database as the server: DATABASE_URL, or the embedded one in DATA_DIR.
// The city must exist: start the server once with SEED=reference (or the demo data) first.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { User } from '../auth/user.entity.js';
import { checkPasswordPolicy, hashPassword } from '../auth/password.js';
import { City } from '../geography/city.entity.js';
import { Role } from '../auth/role.enums.js';

// pnpm passes a literal `--` through; parseArgs would take it as the end of the options.
const argv = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const { values } = parseArgs({ args: argv, options: { username: { type: 'string' }, city: { type: 'string' }, name: { type: 'string' } } });
const password = process.env.CAREBOARD_ADMIN_PASSWORD ?? '';
if (!values.username || !values.city || !/^[a-z0-9._-]{3,50}$/.test(values.username)) {
  console.error('usage: CAREBOARD_ADMIN_PASSWORD=… create-admin --username <a-z0-9._-> --city <city code> [--name <display name>]');
  process.exit(2);
}
const problem = checkPasswordPolicy(password);
if (problem) {
  console.error(`CAREBOARD_ADMIN_PASSWORD: ${problem}`);
  process.exit(2);
}

// Same settings as the server (SEED included), so an empty database is prepared the same way.
const db = await openDatabase(loadConfig(), (m) => console.error(m));
try {
  const em = db.orm.em.fork();
  const city = await em.findOne(City, { code: values.city });
  if (!city) throw new Error(`no city with code ${values.city}: start the server once with SEED=reference to load the cities`);
  if (await em.count(User, { username: values.username })) throw new Error(`the username ${values.username} is taken`);
  const user = em.create(User, { username: values.username, displayName: values.name ?? values.username, role: Role.CITY_ADMIN, passwordHash: await hashPassword(password), city });
  await em.flush();
  console.log(`created CITY_ADMIN ${user.username} (id ${user.id}) for ${city.name}`);
} finally {
  // A server may be running on the same embedded cluster: leave it as it was found.
  await db.close({ leaveRunning: !db.embedded?.startedHere });
}
