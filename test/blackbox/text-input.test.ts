import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { collect, wsClient } from '../support/ws-client.js';
import { FREE_TEXT_FIELDS, literalOperationWith, MULTI_LINE_FIELDS, operationWith, textInputs, type TextInput } from '../support/schema-inputs.js';

// Text PostgreSQL cannot store (NUL, lone surrogates: jsonb refuses them in the audit
// trail) or that a wall would draw wrongly (bidi controls, line breaks in a one-line name)
// is the caller's mistake: BAD_USER_INPUT naming the field, before anything runs, whether
// it comes as a variable or as an escape in the query text, over HTTP or the socket.

let api: TestServer;
let admin: string;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.login('admin.jz');
});
afterAll(() => api?.close());

/** Refused everywhere, free text included. */
const ALWAYS = { NUL: 'a\u0000b', 'a lone high surrogate': 'bad\ud800x', 'a lone low surrogate': 'x\udc00' };
/** Refused in one-line and multi-line text alike. */
const BIDI = { 'a right-to-left override (U+202E)': 'abc\u202etxt', 'a first-strong isolate (U+2068)': 'a\u2068b', 'a left-to-right mark (U+200E)': 'a\u200eb', 'an Arabic letter mark (U+061C)': 'a\u061cb' };
/** Refused in one-line text only. */
const ONE_LINE = { 'a newline': 'first\nsecond', 'a carriage return': 'a\rb', 'a tab': 'a\tb', 'an escape (U+001B)': 'a\u001bb', 'a C1 control (U+0085)': 'a\u0085b', 'a line separator (U+2028)': 'a\u2028b' };

function badValuesFor(input: TextInput): Record<string, string> {
  if (FREE_TEXT_FIELDS.has(input.leaf)) return ALWAYS;
  if (MULTI_LINE_FIELDS.has(input.leaf)) return { ...ALWAYS, ...BIDI };
  return { ...ALWAYS, ...BIDI, ...ONE_LINE };
}

const inputs = [...textInputs('query'), ...textInputs('mutation')];

function refusedOn(res: { errors?: { extensions?: Record<string, unknown> }[] }, field: string): string | null {
  const first = res.errors?.[0]?.extensions;
  return first?.code === 'BAD_USER_INPUT' && first.field === field ? null : JSON.stringify(res).slice(0, 240);
}

describe('invalid Unicode in text inputs', () => {
  it('finds the text inputs of every query and mutation in the schema', () => {
    expect(inputs.length).toBeGreaterThan(40);
    for (const path of ['patch.name', 'input.name', 'input.displayName', 'patch.displayName', 'name', 'input.title', 'patch.title', 'reason', 'input.sourceNote']) {
      expect(inputs.map((i) => i.path)).toContain(path);
    }
  });

  it('refuses NUL, lone surrogates, bidi controls and line breaks in every text variable of every query and mutation as BAD_USER_INPUT on its field', async () => {
    const failures: string[] = [];
    for (const input of inputs) {
      for (const [what, value] of Object.entries(badValuesFor(input))) {
        const { query, variables } = operationWith(input.kind, input.field, { [input.path]: value });
        const problem = refusedOn(await api.gql(query, variables, admin), input.path);
        if (problem) failures.push(`${input.field} ${input.path} with ${what}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL or a bidi control written as an escape in the query text, on its field, for every text argument', async () => {
    const failures: string[] = [];
    for (const input of inputs) {
      const values = FREE_TEXT_FIELDS.has(input.leaf) ? { NUL: 'a\u0000b' } : { NUL: 'a\u0000b', 'U+202E': 'a\u202eb' };
      for (const [what, value] of Object.entries(values)) {
        // graphql's printer escapes NUL itself; the override is escaped here, so both arrive as escapes.
        const query = literalOperationWith(input.kind, input.field, { [input.path]: value }).replace('\u202e', '\\u202E');
        expect(query).toMatch(/\\u(0000|202E)/);
        const problem = refusedOn(await api.gql(query, {}, admin), input.path);
        if (problem) failures.push(`${input.field} ${input.path} with ${what}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses the escaped NUL of the issue anonymously over HTTP with BAD_USER_INPUT on the field code', async () => {
    const res = await api.gql('{ city(code: "42\\u00000") { name } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a surrogate escape in the query text as a parse failure', async () => {
    for (const escape of ['\\ud800', '\\udc00', '\\u{D800}']) {
      const res = await api.gql(`{ city(code: "42${escape}0") { name } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PARSE_FAILED' });
    }
  });

  it('refuses the same inputs over graphql-ws, for queries and for every subscription, on their fields', async () => {
    const client = wsClient(api.url);
    try {
      const cases: { query: string; variables?: Record<string, unknown>; field: string }[] = [
        { query: '{ city(code: "42\\u00000") { name } }', field: 'code' },
        { query: 'query($c: String!) { city(code: $c) { name } }', variables: { c: 'bad\ud800x' }, field: 'code' },
        ...textInputs('subscription').flatMap((input) =>
          Object.values({ ...ALWAYS, ...BIDI, ...ONE_LINE }).map((value) => ({ ...operationWith('subscription', input.field, { [input.path]: value }), field: input.path })),
        ),
      ];
      expect(cases.length).toBeGreaterThan(20);
      for (const c of cases) {
        const messages = collect(client, c.query, c.variables);
        const first = await messages.waitFor(() => true);
        messages.stop();
        expect(first.errors?.[0]?.extensions, c.query).toMatchObject({ code: 'BAD_USER_INPUT', field: c.field });
      }
    } finally {
      await client.dispose();
    }
  });

  it('keeps line breaks in multi-line text and stores them as written', async () => {
    const [row] = await api.sql<{ id: number; version: number; slots: number }>("select i.id, i.version, i.slots from institution i join district d on d.id = i.district_id where d.code = '421002' and i.closed_on is null order by i.id limit 1");
    const res = await api.gql<{ updateInstitution: { version: number } }>(
      'mutation($id: ID!, $v: Int!, $s: Int, $r: String) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }, reason: $r) { version } }',
      { id: String(row!.id), v: row!.version, s: row!.slots + 1, r: '第一行\n第二行\r\n\tthird' },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const [audit] = await api.sql<{ reason: string }>("select reason from audit_entry where entity_type = 'Institution' and entity_id = $1 order by id desc limit 1", [row!.id]);
    expect(audit!.reason).toBe('第一行\n第二行\r\n\tthird');
  });

  it('accepts ordinary Chinese, emoji and surrounding whitespace in a one-line name', async () => {
    const res = await api.gql<{ issueDisplayToken: { displayToken: { name: string } } }>(
      'mutation($n: String!) { issueDisplayToken(cityCode: "421000", name: $n) { displayToken { name } } }',
      { n: '  指挥中心 1号屏 😀 \n' },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.issueDisplayToken.displayToken.name).toBe('指挥中心 1号屏 😀');
  });
});
