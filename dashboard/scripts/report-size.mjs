// Prints the wall's initial JavaScript (what index.html loads before anything else), gzip,
// and fails the build when it exceeds the budget. Maps and GraphiQL load later, on demand.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 400;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = files.map((file) => ({ file, gzipKb: gzipSync(readFileSync(path.join(dist, file))).length / 1024 }));
const total = sizes.reduce((sum, s) => sum + s.gzipKb, 0);
for (const s of sizes) console.log(`  ${s.file.padEnd(48)} ${s.gzipKb.toFixed(1).padStart(7)} KB gzip`);
console.log(`wall initial JavaScript: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
