// The hostile corpus's input classes of issue 13 (text the database cannot hold or a wall
// would draw wrongly, ids outside the storable range, changes that change nothing), kept
// apart from hostile-corpus.ts so that other additions there merge cleanly.
import type { Expectation, HostileCase } from './hostile-corpus.js';

function post(category: string, name: string, body: unknown, expect: Expectation, extra: Partial<HostileCase> = {}): HostileCase {
  return { category, name, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), expect, ...extra };
}

const TEXT = 'escapes and invalid Unicode in text';
const IDS = 'ids outside the storable range';
const NO_OP = 'changes that change nothing';
export const INPUT_CATEGORIES = [TEXT, IDS, NO_OP];

/** Operations with one text slot `%s`, as the query text writes it (an escape goes in as written). */
const TEXT_SLOTS: { name: string; query: string; asStaff?: boolean; multiLine?: boolean }[] = [
  { name: 'city code', query: '{ city(code: "%s") { name } }' },
  { name: 'district code', query: '{ district(code: "%s") { name } }' },
  { name: 'overview code', query: '{ cityOverview(code: "%s") { slots } }' },
  { name: 'indicator key', query: '{ indicatorSeries(key: "%s", scopeCode: "421000", from: "2023-01-01", to: "2023-12-31") { value } }' },
  { name: 'search', query: '{ institutions(filter: { search: "%s" }) { totalCount } }', asStaff: true },
  { name: 'login username', query: 'mutation { login(username: "%s", password: "wrong-password-123") { accessToken } }' },
  { name: 'rename', query: 'mutation { updateInstitution(id: "1", expectedVersion: 1, patch: { name: "%s" }) { name } }', asStaff: true },
  { name: 'address', query: 'mutation { updateInstitution(id: "1", expectedVersion: 1, patch: { address: "%s" }) { name } }', asStaff: true },
  { name: 'reason', query: 'mutation { updateInstitution(id: "1", expectedVersion: 1, patch: { slots: 1 }, reason: "%s") { name } }', asStaff: true, multiLine: true },
  { name: 'new institution', query: 'mutation { createInstitution(input: { name: "%s", address: "x", districtCode: "421002", ownership: PRIVATE, slots: 1, enrolled: 0, openedOn: "2024-01-01" }) { id } }', asStaff: true },
  { name: 'screen name', query: 'mutation { issueDisplayToken(cityCode: "421000", name: "%s") { token } }', asStaff: true },
  { name: 'target title', query: 'mutation { updateTarget(id: "1", expectedVersion: 1, patch: { title: "%s" }) { id } }', asStaff: true },
  { name: 'display name', query: 'mutation { updateUser(id: "1", expectedVersion: 1, patch: { displayName: "%s" }) { id } }', asStaff: true },
  { name: 'district list', query: 'mutation { createUser(input: { username: "u.x", displayName: "x", password: "long-enough-1", role: STAFF, districtCodes: ["%s"] }) { id } }', asStaff: true },
  { name: 'source note', query: 'mutation { recordIndicatorValue(input: { indicatorKey: "elderly_care_beds", scopeCode: "421002", period: "2024-01-01", value: 1, sourceNote: "%s" }) { version } }', asStaff: true, multiLine: true },
];

/** Escapes as written in the query text: the parser decodes them, or refuses the surrogates. */
const ESCAPES = ['\\u0000', 'a\\u0000b', '42\\u00000', '\\ud800', 'bad\\ud800x', '\\udc00', '\\u{D800}', '\\ud83dx', '\\u202E', 'abc\\u202Etxt', '\\u2066x\\u2069', '\\u200F', '\\u061C'];
const LINE_ESCAPES = ['a\\nb', 'a\\r\\nb', '\\u0085', 'a\\u2028b', 'a\\tb', '\\u001B[31m'];
/** Sent as variables: JSON carries the lone surrogates that the query text cannot. */
const RAW = ['bad\ud800x', '\udc00', 'a\ud800\ud800b', '\udfff\ud800', 'a\u0000b', 'abc\u202etxt.exe', '\u2067x', 'a\u200eb', 'a\u061cb'];
const RAW_LINES = ['first\nsecond', 'a\rb', 'a\u0085b', 'a\u2028b', 'a\u0007b', 'a\u009bb'];

function textCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const slot of TEXT_SLOTS) {
    const extra = slot.asStaff ? { asStaff: true } : {};
    for (const escape of [...ESCAPES, ...(slot.multiLine ? [] : LINE_ESCAPES)]) {
      cases.push(post(TEXT, `${slot.name} with ${escape} in the query text`, { query: slot.query.replace('%s', escape) }, 'refused', extra));
    }
    // The same slot as a variable: `"%s"` becomes `$t`.
    const declared = slot.query.startsWith('mutation') ? slot.query.replace('mutation {', 'mutation($t: String!) {') : `query($t: String!) ${slot.query}`;
    const query = declared.replace('"%s"', '$t');
    for (const value of [...RAW, ...(slot.multiLine ? [] : RAW_LINES)]) {
      cases.push(post(TEXT, `${slot.name} with ${JSON.stringify(value)} as a variable`, { query, variables: { t: value } }, 'refused', extra));
    }
  }
  return cases;
}

const HUGE_IDS = ['2147483648', '1099511627776', '9223372036854775808', '99999999999999999999', '-1', '0', '1e3', 'abc', '1.5', '0x10', ' 1', '１'];
/** The same as literals of the query text: an ID takes an integer literal of any size. */
const LITERAL_IDS = ['2147483648', '1099511627776', '9223372036854775808', '-1', '0'];

const ID_OPERATIONS = [
  'query($id: ID!) { institution(id: $id) { name } }',
  'mutation($id: ID!) { updateInstitution(id: $id, expectedVersion: 1, patch: { slots: 1 }) { id } }',
  'mutation($id: ID!) { fileInstitution(id: $id, expectedVersion: 1, filedOn: "2024-01-01") { id } }',
  'mutation($id: ID!) { closeInstitution(id: $id, expectedVersion: 1, closedOn: "2024-01-01") { id } }',
  'mutation($id: ID!) { updateTarget(id: $id, expectedVersion: 1, patch: { title: "x" }) { id } }',
  'mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, patch: { displayName: "x" }) { id } }',
  'mutation($id: ID!) { revokeDisplayToken(id: $id) { id } }',
];

/** Page cursors as the server writes them (base64 JSON of [sort value, id]), with ids and values out of range. */
const CURSORS: [string, unknown][] = [
  ['SLOTS', [1, 1099511627776]],
  ['SLOTS', [1, 2147483648]],
  ['SLOTS', [1e12, 5]],
  ['SLOTS', ['abc', 5]],
  ['ENROLLED', [-1e15, 5]],
  ['OPENED_ON', ['2023-02-30', 5]],
  ['OPENED_ON', ['yesterday', 5]],
  ['UPDATED_AT', ['not a time', 5]],
  ['NAME', ['x\u0000', 5]],
  ['NAME', ['bad\ud800', 5]],
  ['NAME', [{ a: 1 }, 5]],
];

function idCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const query of ID_OPERATIONS) {
    const name = /\{ (\w+)\(/.exec(query)![1]!;
    for (const id of HUGE_IDS) cases.push(post(IDS, `${name} id ${JSON.stringify(id)}`, { query, variables: { id } }, 'answered', { asStaff: true }));
    const literal = query.replace(/^(query|mutation)\(\$id: ID!\)/, '$1').replace('$id', '%s');
    for (const id of LITERAL_IDS) cases.push(post(IDS, `${name} id ${id} as a literal`, { query: literal.replace('%s', id) }, 'answered', { asStaff: true }));
  }
  for (const [field, cursor] of CURSORS) {
    const after = Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const query = `query($after: String) { institutions(after: $after, orderBy: { field: ${field} }) { totalCount } }`;
    cases.push(post(IDS, `cursor ${field} ${JSON.stringify(cursor)}`, { query, variables: { after } }, 'answered', { asStaff: true }));
  }
  return cases;
}

function noOpCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const id of ['1', '2', '3', '50']) {
    for (const version of [1, 2, 999999]) {
      const extra = { asStaff: true };
      cases.push(post(NO_OP, `empty institution patch ${id} v${version}`, { query: `mutation { updateInstitution(id: "${id}", expectedVersion: ${version}, patch: {}) { version } }` }, 'answered', extra));
      cases.push(post(NO_OP, `empty target patch ${id} v${version}`, { query: `mutation { updateTarget(id: "${id}", expectedVersion: ${version}, patch: {}) { version } }` }, 'answered', extra));
      cases.push(post(NO_OP, `empty user patch ${id} v${version}`, { query: `mutation { updateUser(id: "${id}", expectedVersion: ${version}, patch: {}) { version } }` }, 'answered', extra));
      cases.push(post(NO_OP, `nulls-only institution patch ${id} v${version}`, { query: `mutation { updateInstitution(id: "${id}", expectedVersion: ${version}, patch: { name: null, slots: null, ageClasses: null }) { version } }` }, 'answered', extra));
    }
  }
  const record = 'mutation($v: Int) { recordIndicatorValue(input: { indicatorKey: "elderly_care_beds", scopeCode: "421002", period: "2024-04-01", value: 77, sourceNote: "same" }, expectedVersion: $v) { version } }';
  for (const v of [null, 1, 2, 3]) cases.push(post(NO_OP, `the same figure again, version ${String(v)}`, { query: record, variables: { v } }, 'answered', { asStaff: true }));
  return cases;
}

/** This file's cases, in a fixed order. */
export function inputCorpus(): HostileCase[] {
  return [...textCases(), ...idCases(), ...noOpCases()];
}
