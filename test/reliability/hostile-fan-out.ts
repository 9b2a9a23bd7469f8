// Hostile cases of the class "alias fan-out through nested lists" (issue 13, the statement
// budget): lists under aliased lists, each item's own list below. Refused by the cost limit
// or the statement budget before anything runs. In the bombs category (hostile-input.test.ts
// checks the number of categories), in a file of its own so other additions merge beside it.
import type { HostileCase } from './hostile-corpus.js';

function post(category: string, name: string, body: unknown, extra: Partial<HostileCase>): HostileCase {
  return { category, name, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), expect: 'refused', ...extra };
}

export function aliasFanOut(): HostileCase[] {
  const category = 'depth, alias, directive and fragment bombs';
  const cases: HostileCase[] = [];
  const aliased = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;
  const history = (first: string) => `institutions(first: 100) { edges { node { history${first} { id } } } }`;
  cases.push(post(category, 'fan-out: 30 pages of history', { query: aliased(30, history('')) }, { asStaff: true, reason: 'TOO_COSTLY' }));
  cases.push(post(category, 'fan-out: every district’s institutions’ history', { query: '{ cities { districts { institutions(first: 100) { history { id } } } } }' }, { asStaff: true, reason: 'TOO_COSTLY' }));
  for (const n of [25, 26, 28, 30]) {
    cases.push(post(category, `fan-out: ${n} pages of one history entry`, { query: aliased(n, history('(first: 1)')) }, { asStaff: true, reason: 'TOO_MANY_STATEMENTS' }));
    cases.push(post(category, `fan-out: ${n} districts’ institutions’ history`, { query: aliased(n, 'district(code: "421002") { institutions(first: 100) { history(first: 1) { id } } }') }, { asStaff: true, reason: 'TOO_MANY_STATEMENTS' }));
    cases.push(post(category, `fan-out: ${n} pages of history through a fragment`, { query: `${aliased(n, 'institutions(first: 100) { ...H }')} fragment H on InstitutionConnection { edges { node { history(first: 1) { id } } } }` }, { asStaff: true, reason: 'TOO_MANY_STATEMENTS' }));
  }
  // A per-item resolver under a list: each user's districts, 50 users per city, 2 aliases.
  cases.push(post(category, 'fan-out: districts of every user, twice', { query: aliased(2, 'users { districtCodes }') }, { asStaff: true, reason: 'TOO_MANY_STATEMENTS' }));
  for (const first of [201, 1000]) {
    cases.push(post(category, `fan-out: history of ${first}`, { query: `{ institutions(first: 1) { edges { node { history(first: ${first}) { id } } } } }` }, { asStaff: true, reason: 'PAGE_TOO_LARGE' }));
  }
  return cases;
}
