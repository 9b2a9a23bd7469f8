import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { idArguments, operationWith, schema } from '../support/schema-inputs.js';

// An id that cannot name a stored row (beyond PostgreSQL's integer, negative, not written
// as the API writes ids) is answered like an id whose row does not exist: null from a
// lookup, NOT_FOUND from a mutation. A change that changes nothing writes nothing: no new
// version, no audit entry, no change event; the row comes back as it is.

let api: TestServer;
let admin: string;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.login('admin.jz');
});
afterAll(() => api?.close());

const UNSTORABLE_IDS = ['2147483648', '1099511627776', '9223372036854775808', '99999999999999999999', '-1', '0', '1e3', '0x10', 'abc', '', ' 1', '1.0'];

describe('ids outside the storable range', () => {
  it('answers every lookup by id with null and every mutation by id with NOT_FOUND, never an internal error', async () => {
    const operations = [...idArguments('query').map((o) => ({ ...o, kind: 'query' as const })), ...idArguments('mutation').map((o) => ({ ...o, kind: 'mutation' as const }))];
    expect(operations.map((o) => o.field).sort()).toEqual(['closeInstitution', 'fileInstitution', 'institution', 'revokeDisplayToken', 'setTargetParts', 'updateInstitution', 'updateTarget', 'updateUser']);
    const failures: string[] = [];
    for (const op of operations) {
      for (const id of UNSTORABLE_IDS) {
        const { query, variables } = operationWith(op.kind, op.field, { [op.arg]: id });
        const res = await api.gql<Record<string, unknown>>(query, variables, admin);
        const ok = op.kind === 'query' ? res.errors === undefined && res.data?.[op.field] === null : res.errors?.[0]?.extensions?.code === 'NOT_FOUND';
        if (!ok) failures.push(`${op.field}(${op.arg}: ${JSON.stringify(id)}): ${JSON.stringify(res).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers an id beyond the integer range in updateInstitution as it answers a missing id in range', async () => {
    const patch = 'mutation($id: ID!) { updateInstitution(id: $id, expectedVersion: 1, patch: { slots: 1 }) { id } }';
    const missing = await api.gql(patch, { id: '2147483647' }, admin);
    const huge = await api.gql(patch, { id: '1099511627776' }, admin);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(huge.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('page cursors with ids or values their columns cannot hold', () => {
  it('answers them with BAD_USER_INPUT on after, in the audit log and in every order of the institution list', async () => {
    const analyst = await api.login('analyst');
    const encode = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const audit = await api.gql('query($after: String) { auditLog(after: $after) { totalCount } }', { after: encode('audit:9999999999999999999') }, analyst);
    expect(audit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const cursors: [string, unknown][] = [['SLOTS', [1, 1099511627776]], ['SLOTS', [1e12, 5]], ['ENROLLED', ['abc', 5]], ['OPENED_ON', ['2023-02-30', 5]], ['UPDATED_AT', ['not a time', 5]], ['NAME', ['x\u0000', 5]]];
    for (const [field, cursor] of cursors) {
      const res = await api.gql(`query($after: String) { institutions(after: $after, orderBy: { field: ${field} }) { totalCount } }`, { after: encode(cursor) }, analyst);
      expect(res.errors?.[0]?.extensions, `${field} ${JSON.stringify(cursor)}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('still pages through every order with the cursors the server wrote', async () => {
    const analyst = await api.login('analyst');
    for (const field of ['NAME', 'SLOTS', 'ENROLLED', 'OPENED_ON', 'UPDATED_AT']) {
      const page = `query($after: String) { institutions(first: 2, after: $after, orderBy: { field: ${field} }) { edges { node { id } } pageInfo { endCursor } } }`;
      const first = await api.gql<{ institutions: { pageInfo: { endCursor: string } } }>(page, {}, analyst);
      const second = await api.gql<{ institutions: { edges: unknown[] } }>(page, { after: first.data!.institutions.pageInfo.endCursor }, analyst);
      expect(second.errors, field).toBeUndefined();
      expect(second.data?.institutions.edges.length, field).toBe(2);
    }
  });
});

interface Counts {
  audit: number;
  events: number;
}

async function counts(): Promise<Counts> {
  const [row] = await api.sql<{ audit: number; events: number }>('select (select count(*)::int from audit_entry) audit, (select count(*)::int from change_event) events');
  return row!;
}

async function firstRow(table: string, where = 'true'): Promise<Record<string, unknown>> {
  const [row] = await api.sql(`select * from ${table} where ${where} order by id limit 1`);
  return row!;
}

/** For each update mutation: a row of the admin's city and a patch that restates its current values. */
async function samples(): Promise<Record<string, { id: number; version: number; same: Record<string, unknown> }>> {
  const i = await firstRow('institution', "district_id = (select id from district where code = '421002') and closed_on is null");
  const t = await firstRow('target', "city_id = (select id from city where code = '421000')");
  const u = await firstRow('app_user', "username = 'staff.shashi'");
  const districts = await api.sql<{ code: string }>('select d.code from app_user_district ud join district d on d.id = ud.district_id where ud.user_id = $1 order by d.code', [u.id]);
  return {
    updateInstitution: { id: i.id as number, version: i.version as number, same: { name: i.name, slots: i.slots, enrolled: i.enrolled, address: i.address, inclusive: i.inclusive } },
    updateTarget: { id: t.id as number, version: t.version as number, same: { title: t.title, baseline: Number(t.baseline), targetValue: Number(t.target_value) } },
    updateUser: { id: u.id as number, version: u.version as number, same: { displayName: u.display_name, role: u.role, disabled: u.disabled, districtCodes: districts.map((d) => d.code) } },
  };
}

describe('changes that change nothing', () => {
  it('writes nothing for an empty patch or a patch of the current values, in every update mutation', async () => {
    const updates = Object.keys(schema.getMutationType()!.getFields()).filter((name) => name.startsWith('update'));
    const rows = await samples();
    expect(updates.sort()).toEqual(Object.keys(rows).sort());
    for (const name of updates) {
      const row = rows[name]!;
      for (const [what, patch] of [['an empty patch', {}], ['a patch of the current values', row.same]] as const) {
        const before = await counts();
        const res = await api.gql<Record<string, { version: number }>>(
          `mutation($id: ID!, $v: Int!, $patch: ${name.replace('update', '')}Patch!) { ${name}(id: $id, expectedVersion: $v, patch: $patch, reason: "nothing") { version } }`,
          { id: String(row.id), v: row.version, patch },
          admin,
        );
        expect(res.errors, `${name} with ${what}`).toBeUndefined();
        expect(res.data?.[name]?.version, `${name} with ${what}`).toBe(row.version);
        expect(await counts(), `${name} with ${what}`).toEqual(before);
      }
    }
  });

  it('still answers CONFLICT for an empty patch on a version that has moved on', async () => {
    const i = await firstRow('institution', "district_id = (select id from district where code = '421002') and closed_on is null");
    const res = await api.gql('mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: {}) { version } }', { id: String(i.id), v: (i.version as number) + 5 }, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('writes nothing when a recorded figure is recorded again with the same value and note', async () => {
    const record = 'mutation($v: Int, $value: Float!) { recordIndicatorValue(input: { indicatorKey: "elderly_care_beds", scopeCode: "421002", period: "2024-01-01", value: $value, sourceNote: "same" }, expectedVersion: $v) { version value } }';
    const first = await api.gql<{ recordIndicatorValue: { version: number } }>(record, { value: 1234 }, admin);
    // The period may be recorded already (CONFLICT names its version): replace it once first.
    const current = first.errors?.[0]?.extensions?.currentVersion;
    const again = first.errors ? await api.gql<{ recordIndicatorValue: { version: number } }>(record, { value: 1234, v: current }, admin) : first;
    const settled = again.data!.recordIndicatorValue.version;
    const before = await counts();
    const repeat = await api.gql<{ recordIndicatorValue: { version: number } }>(record, { value: 1234, v: settled }, admin);
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data?.recordIndicatorValue.version).toBe(settled);
    expect(await counts()).toEqual(before);
  });

  it('still writes a real change with a new version, one audit entry and a change event', async () => {
    const i = await firstRow('institution', "district_id = (select id from district where code = '421002') and closed_on is null");
    const before = await counts();
    const res = await api.gql<{ updateInstitution: { version: number } }>(
      'mutation($id: ID!, $v: Int!, $s: Int) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }) { version } }',
      { id: String(i.id), v: i.version, s: (i.slots as number) + 1 },
      admin,
    );
    expect(res.data?.updateInstitution.version).toBe((i.version as number) + 1);
    const after = await counts();
    expect(after.audit).toBe(before.audit + 1);
    expect(after.events).toBeGreaterThan(before.events);
  });
});
