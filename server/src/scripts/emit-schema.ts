// Writes schema/schema.graphql from the code; with --check, fails when the file differs.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, printSortedSchema } from '../schema.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema', 'schema.graphql');
const sdl = printSortedSchema(await createSchema());

if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error(`${path.relative(process.cwd(), file)} is out of date: run \`pnpm schema:emit\` and commit it.`);
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  await writeFile(file, sdl);
  console.log(`wrote ${file}`);
}
