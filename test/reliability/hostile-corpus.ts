// The hostile-input corpus: well over 1,000 requests in categories, built from a fixed seed
// so every run sends the same ones. Each case says what a sound server must do with it.

// The demo data's seeded generator (mulberry32): the same corpus on every run.
import { mulberry32 } from '../../server/src/db/seeders/prng.js';
import { aliasFanOut } from './hostile-fan-out.js';
// --- issue 13, input classes (escapes, surrogates, huge ids, no-op patches): hostile-corpus-input.ts
import { inputCorpus } from './hostile-corpus-input.js';
// --- end of issue 13 input classes

export type Expectation =
  /** Refused before anything runs: 4xx, or a GraphQL error with code BAD_USER_INPUT. */
  | 'refused'
  /** Answered, perhaps with data, perhaps with BAD_USER_INPUT/FORBIDDEN/NOT_FOUND/CONFLICT. */
  | 'answered';

export interface HostileCase {
  category: string;
  name: string;
  method: 'GET' | 'POST';
  /** Query string for GET. */
  search?: string;
  headers: Record<string, string>;
  body?: string;
  expect: Expectation;
  /** Needs a signed-in staff member's token (set by the test). */
  asStaff?: boolean;
  /** A limit reason the refusal must carry, where there is one. */
  reason?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function post(category: string, name: string, body: unknown, expect: Expectation, extra: Partial<HostileCase> = {}): HostileCase {
  return { category, name, method: 'POST', headers: JSON_HEADERS, body: typeof body === 'string' ? body : JSON.stringify(body), expect, ...extra };
}

const JUNK_ALPHABET = '{}()[]:$@!.…"\'\\#,=|&*%^~`<>?/;中文\u0000\u202e\ud83d\ude00 abcxyz0123456789query mutation subscription fragment on';

function junk(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const index = Math.floor(next() * JUNK_ALPHABET.length);
    text += JUNK_ALPHABET.slice(index, index + 1 + Math.floor(next() * 3));
  }
  return text;
}

function syntaxJunk(next: () => number): HostileCase[] {
  const cases: HostileCase[] = [];
  const fixed = ['', '{', '}', '{{{{', 'query {', 'query Q($: Int) { cities }', '{ cities { code }', 'mutation', 'subscription {', '{ cities(code: ) { code } }', '{ "cities" }', '{ cities { code } } }', '\u0000', '#', 'fragment F on City { code }'];
  for (const [i, query] of fixed.entries()) cases.push(post('syntax junk', `fixed ${i}`, { query }, 'refused'));
  for (let i = 0; i < 300; i += 1) cases.push(post('syntax junk', `random ${i}`, { query: junk(next, 1 + Math.floor(next() * 60)) }, 'refused'));
  // Not even JSON, or JSON of the wrong shape.
  const bodies = ['{', 'null', '[]', '"query"', '{"query": 1}', '{"query": {"a": 1}}', '{"query": "{ cities { code } }", "variables": "x"}', '{"query": null}', 'query { cities { code } }', '\u0000\u0001\u0002'];
  for (const [i, body] of bodies.entries()) cases.push(post('syntax junk', `body ${i}`, body, 'refused'));
  return cases;
}

function oversized(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const kb of [101, 150, 500, 1024, 4096]) {
    cases.push(post('oversized bodies', `${kb} KB of padding`, { query: '{ cities { code } }', variables: { pad: 'x'.repeat(kb * 1024) } }, 'refused'));
  }
  for (let n = 2; n <= 20; n += 1) {
    // Comments are free for a parser to skip, but not for us: each counts as a token.
    const comments = Array.from({ length: 1_000 * n }, (_, i) => `#${i}`).join('\n');
    if (comments.length > 95_000) break;
    cases.push(post('oversized bodies', `${1_000 * n} comments`, { query: `${comments}\n{ cities { code } }` }, 'refused', { reason: 'TOO_MANY_TOKENS' }));
  }
  for (let n = 0; n < 25; n += 1) {
    const fields = Array.from({ length: 2_100 + n * 100 }, () => 'code').join(' ');
    cases.push(post('oversized bodies', `${2_100 + n * 100} repeated fields`, { query: `{ cities { ${fields} } }` }, 'refused', { reason: 'TOO_MANY_TOKENS' }));
  }
  return cases;
}

function nested(depth: number): string {
  let selection = 'code';
  for (let i = 0; i < depth; i += 1) selection = i % 2 === 0 ? `districts { ${selection} }` : `city { ${selection} }`;
  return `{ cities { ${selection} } }`;
}

function bombs(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (let depth = 11; depth <= 60; depth += 1) cases.push(post('depth, alias, directive and fragment bombs', `depth ${depth}`, { query: nested(depth) }, 'refused'));
  for (const n of [31, 32, 33, 35, 40, 45, 50, 60, 70, 80, 90, 100, 120, 150, 200, 300, 500, 700, 1000]) {
    const aliases = Array.from({ length: n }, (_, i) => `a${i}: cities { code }`).join(' ');
    cases.push(post('depth, alias, directive and fragment bombs', `${n} aliases`, { query: `{ ${aliases} }` }, 'refused'));
  }
  for (const n of [21, 30, 50, 100, 300]) {
    const directives = Array.from({ length: n }, () => '@include(if: true)').join(' ');
    cases.push(post('depth, alias, directive and fragment bombs', `${n} directives`, { query: `{ cities ${directives} { code } }` }, 'refused'));
  }
  // Depth hidden in fragments, an operation named __schema, and fragment cycles.
  for (let depth = 11; depth <= 40; depth += 1) {
    const fragments: string[] = [];
    for (let i = 0; i < depth; i += 1) {
      const onCity = i % 2 === 0;
      fragments.push(`fragment F${i} on ${onCity ? 'City' : 'District'} { ${onCity ? 'districts' : 'city'} { ${i + 1 < depth ? `...F${i + 1}` : 'code'} } }`);
    }
    cases.push(post('depth, alias, directive and fragment bombs', `depth ${depth} through fragments`, { query: `query __schema { cities { ...F0 } } ${fragments.join(' ')}` }, 'refused'));
  }
  cases.push(post('depth, alias, directive and fragment bombs', 'fragment cycle', { query: '{ cities { ...A } } fragment A on City { districts { city { ...A } } }' }, 'refused'));
  cases.push(post('depth, alias, directive and fragment bombs', 'self-spreading fragment', { query: '{ cities { ...A } } fragment A on City { ...A }' }, 'refused'));
  for (const n of [50, 200, 1000]) {
    const spreads = Array.from({ length: n }, () => '...F').join(' ');
    cases.push(post('depth, alias, directive and fragment bombs', `${n} repeated spreads`, { query: `{ cities { ${spreads} } } fragment F on City { districts { institutions(first: 100) { name } } }` }, 'refused'));
  }
  for (const first of [101, 1000, 100000]) {
    cases.push(post('depth, alias, directive and fragment bombs', `page of ${first}`, { query: `{ city(code: "421000") { districts { institutions(first: ${first}) { name } } } }` }, 'refused', { asStaff: true }));
  }
  return cases;
}

function batched(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const n of [1, 2, 5, 10, 50, 100, 500]) {
    cases.push(post('batched arrays', `${n} operations in an array`, Array.from({ length: n }, () => ({ query: '{ cities { code } }' })), 'refused'));
  }
  for (let i = 0; i < 13; i += 1) cases.push(post('batched arrays', `nested array ${i}`, JSON.stringify([[{ query: '{ cities { code } }' }]]), 'refused'));
  return cases;
}

function probes(): HostileCase[] {
  const cases: HostileCase[] = [];
  const typos = ['citys', 'cites', 'citie', 'distrcts', 'institutons', 'indicatorz', 'cityOverveiw', 'targts', 'me2', 'user', 'usr', 'auditLog2', 'displayToken', 'lgin', 'loginn'];
  for (const typo of typos) cases.push(post('introspection and suggestion probes', `typo ${typo}`, { query: `{ ${typo} { code } }` }, 'refused'));
  for (const typo of ['cod', 'nme', 'slot', 'popultion', 'districs']) cases.push(post('introspection and suggestion probes', `field typo ${typo}`, { query: `{ cities { ${typo} } }` }, 'refused'));
  // Documented: introspection stays on unless GRAPHQL_INTROSPECTION=false (README).
  cases.push(post('introspection and suggestion probes', '__schema', { query: '{ __schema { types { name } } }' }, 'answered'));
  cases.push(post('introspection and suggestion probes', '__type', { query: '{ __type(name: "Institution") { fields { name } } }' }, 'answered'));
  // Introspection is exempt from the depth limit (GraphiQL's own introspection query nests
  // ofType seven deep); it is bounded by the size of the schema.
  for (let i = 0; i < 8; i += 1) {
    cases.push(post('introspection and suggestion probes', `deep introspection ${i}`, { query: `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }` }, 'answered'));
  }
  return cases;
}

function csrf(): HostileCase[] {
  const cases: HostileCase[] = [];
  const mutation = 'mutation { logout(refreshToken: "x") }';
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8']) {
    for (const [i, body] of [JSON.stringify({ query: mutation }), `query=${encodeURIComponent(mutation)}`, '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ cities { code } }\r\n--x--'].entries()) {
      cases.push({ category: 'CSRF-style simple requests', name: `${type} ${i}`, method: 'POST', headers: { 'content-type': type }, body, expect: 'refused' });
    }
  }
  for (const [i, query] of ['{ cities { code } }', mutation, '{ me { id } }'].entries()) {
    cases.push({ category: 'CSRF-style simple requests', name: `GET without preflight header ${i}`, method: 'GET', search: `?query=${encodeURIComponent(query)}`, headers: {}, expect: 'refused' });
  }
  cases.push({ category: 'CSRF-style simple requests', name: 'GET mutation with preflight header', method: 'GET', search: `?query=${encodeURIComponent(mutation)}`, headers: { 'apollo-require-preflight': 'true' }, expect: 'refused' });
  return cases;
}

const INT_VALUES: unknown[] = [-1, -2147483648, 2147483648, 1e10, 1.5, 'ten', '', true, null, [], {}, Number.MAX_SAFE_INTEGER, -0.0001, '1e3', ' 5'];

function wrongVariables(): HostileCase[] {
  const cases: HostileCase[] = [];
  const paging = 'query($first: Int) { institutions(first: $first) { edges { node { id } } } }';
  for (const value of INT_VALUES) cases.push(post('wrong variable types and ranges', `first = ${JSON.stringify(value)}`, { query: paging, variables: { first: value } }, 'answered', { asStaff: true }));
  const slots = 'mutation($id: ID!, $v: Int!, $slots: Int) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $slots }) { slots } }';
  for (const value of [...INT_VALUES, 10001, 99999, -5]) {
    cases.push(post('wrong variable types and ranges', `slots = ${JSON.stringify(value)}`, { query: slots, variables: { id: '1', v: 999999, slots: value } }, 'answered', { asStaff: true }));
  }
  const series = 'query($from: LocalDate!, $to: LocalDate!, $g: Granularity!) { indicatorSeries(key: "childcare_slots", scopeCode: "421000", from: $from, to: $to, granularity: $g) { value } }';
  const dates = ['2023-02-30', '2023-13-01', '0000-01-01', '9999-12-31', 'yesterday', '2023/01/01', '', '2023-01-01T00:00:00Z', '20230101', '-2023-01-01'];
  for (const from of dates) cases.push(post('wrong variable types and ranges', `from = ${from}`, { query: series, variables: { from, to: '2023-12-31', g: 'MONTH' } }, 'answered'));
  for (const g of ['DAY', 'month', '', 'MONTH; drop table city', 1]) cases.push(post('wrong variable types and ranges', `granularity = ${String(g)}`, { query: series, variables: { from: '2023-01-01', to: '2023-12-31', g } }, 'answered'));
  const ids = ['0', '-1', 'abc', '1.5', '99999999999999999999', '', ' 1', '1 or 1=1', "1'", '１'];
  for (const id of ids) cases.push(post('wrong variable types and ranges', `institution id ${id}`, { query: 'query($id: ID!) { institution(id: $id) { name } }', variables: { id } }, 'answered', { asStaff: true }));
  for (let i = 0; i < 40; i += 1) {
    cases.push(post('wrong variable types and ranges', `undeclared variable ${i}`, { query: '{ cities { code } }', variables: { [`v${i}`]: 'x'.repeat(i * 10) } }, 'answered'));
  }
  for (const cursor of ['', 'x', 'WzFd', 'W10', 'eyJhIjoxfQ', '%%%', 'W251bGwsMV0', 'WyJhIiwiYiJd', 'WzEsMiwzXQ', 'Wy0xLC0xXQ']) {
    cases.push(post('wrong variable types and ranges', `cursor ${cursor}`, { query: 'query($after: String) { institutions(after: $after, orderBy: { field: SLOTS, direction: DESC }) { edges { node { id } } } }', variables: { after: cursor } }, 'answered', { asStaff: true }));
  }
  return cases;
}

export const INJECTIONS = [
  "' or 1=1 --",
  "'; drop table institution; --",
  '"; drop table city; --',
  "1); delete from audit_entry; --",
  "' union select password_hash from app_user --",
  '%',
  '_',
  '\\',
  '\\\\%',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '\u202etxt.exe',
  '😀'.repeat(20),
  '中'.repeat(60),
  'x'.repeat(10_000),
  '$where: function() { return true }',
  '{"$gt": ""}',
  'null',
  'undefined',
  ' ',
  '\n\r\t',
  "robert'); --",
  'select pg_sleep(5)',
  "'||pg_sleep(5)||'",
  'EXEC xp_cmdshell',
  "1' and (select count(*) from app_user) > 0 --",
  "'; update app_user set role = 'CITY_ADMIN'; --",
  '$(reboot)',
  '`rm -rf /`',
  '%s%s%s%n',
  '\\u0027',
  "O'Brien 托育中心",
  '＇；ＤＲＯＰ　ＴＡＢＬＥ',
  '<!--#exec cmd="ls"-->',
  'javascript:alert(document.cookie)',
];

function injections(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const text of INJECTIONS) {
    cases.push(post('injection strings in text inputs', `search ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($s: String) { institutions(filter: { search: $s }) { edges { node { id } } } }', variables: { s: text } }, 'answered', { asStaff: true }));
    cases.push(post('injection strings in text inputs', `login username ${JSON.stringify(text).slice(0, 30)}`, { query: 'mutation($u: String!) { login(username: $u, password: "wrong-password-123") { accessToken } }', variables: { u: text } }, 'answered'));
    cases.push(post('injection strings in text inputs', `city code ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($c: String!) { cityOverview(code: $c) { slots } }', variables: { c: text } }, 'answered'));
    cases.push(post('injection strings in text inputs', `district code ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($c: String!) { district(code: $c) { name } }', variables: { c: text } }, 'answered'));
    cases.push(post('injection strings in text inputs', `indicator key ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($k: String!) { indicatorSeries(key: $k, scopeCode: "421000", from: "2023-01-01", to: "2023-12-31") { value } }', variables: { k: text } }, 'answered'));
    cases.push(
      post(
        'injection strings in text inputs',
        `new institution name ${JSON.stringify(text).slice(0, 30)}`,
        {
          query: 'mutation($input: InstitutionInput!, $r: String) { createInstitution(input: $input, reason: $r) { id name } }',
          variables: { input: { name: text, address: text, districtCode: '421002', ownership: 'PRIVATE', slots: 10, enrolled: 5, openedOn: '2024-01-01' }, r: text },
        },
        'answered',
        { asStaff: true },
      ),
    );
    cases.push(post('injection strings in text inputs', `rename ${JSON.stringify(text).slice(0, 30)}`, { query: 'mutation($n: String) { updateInstitution(id: "1", expectedVersion: 999999, patch: { name: $n, address: $n }, reason: $n) { name } }', variables: { n: text } }, 'answered', { asStaff: true }));
    cases.push(post('injection strings in text inputs', `district filter ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($c: String) { institutions(filter: { districtCode: $c }) { edges { node { id } } } }', variables: { c: text } }, 'answered', { asStaff: true }));
    cases.push(post('injection strings in text inputs', `target scope ${JSON.stringify(text).slice(0, 30)}`, { query: 'query($c: String!) { city(code: $c) { name targets { title } } }', variables: { c: text } }, 'answered'));
    cases.push(post('injection strings in text inputs', `operation name ${JSON.stringify(text).slice(0, 30)}`, { query: '{ cities { code } }', operationName: text }, 'answered'));
  }
  return cases;
}

/** The whole corpus, in a fixed order. */
export function hostileCorpus(seed = 20261122): HostileCase[] {
  const next = mulberry32(seed);
  return [...syntaxJunk(next), ...oversized(), ...bombs(), ...batched(), ...probes(), ...csrf(), ...wrongVariables(), ...injections(), ...aliasFanOut(), ...inputCorpus()];
}
