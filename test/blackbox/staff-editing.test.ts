import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
let staff: string;
beforeAll(async () => {
  api = await startTestServer();
  staff = await api.login('staff.shashi');
});
afterAll(() => api?.close());

interface Row {
  id: number;
  version: number;
  slots: number;
  enrolled: number;
  name: string;
}

/** An open institution of a district, read straight from the database. */
async function institutionIn(districtCode: string, offset = 0): Promise<Row> {
  const [row] = await api.sql<Row>(
    `select i.id, i.version, i.slots, i.enrolled, i.name from institution i join district d on d.id = i.district_id
      where d.code = $1 and i.closed_on is null order by i.id offset $2 limit 1`,
    [districtCode, offset],
  );
  return row!;
}

async function citySlots(): Promise<number> {
  return (await api.gql<{ city: { slots: number } }>('{ city(code: "421000") { slots } }')).data!.city.slots;
}

async function auditCount(entityId: number): Promise<number> {
  const [row] = await api.sql<{ n: string }>(`select count(*) n from audit_entry where entity_type = 'Institution' and entity_id = $1`, [entityId]);
  return Number(row!.n);
}

const UPDATE = `mutation($id: ID!, $v: Int!, $patch: InstitutionPatch!, $reason: String) {
  updateInstitution(id: $id, expectedVersion: $v, patch: $patch, reason: $reason) { id slots enrolled version name }
}`;

describe('staff editing', () => {
  it('lets staff of 沙市区 raise slots, moving the city total by exactly that amount, with one audit entry', async () => {
    const target = await institutionIn('421002');
    const before = await citySlots();
    const auditBefore = await auditCount(target.id);
    const res = await api.gql<{ updateInstitution: Row }>(UPDATE, { id: String(target.id), v: target.version, patch: { slots: target.slots + 25 }, reason: '新增托班 / new class' }, staff);
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateInstitution).toMatchObject({ slots: target.slots + 25, version: target.version + 1 });
    expect(await citySlots()).toBe(before + 25);
    expect(await auditCount(target.id)).toBe(auditBefore + 1);
    const [entry] = await api.sql<{ actor_name: string; actor_role: string; action: string; before: { slots: number }; after: { slots: number }; reason: string; request_id: string }>(
      `select actor_name, actor_role, action, before, after, reason, request_id from audit_entry where entity_type = 'Institution' and entity_id = $1 order by id desc limit 1`,
      [target.id],
    );
    expect(entry).toMatchObject({ actor_role: 'STAFF', action: 'UPDATE', reason: '新增托班 / new class', before: { slots: target.slots }, after: { slots: target.slots + 25 } });
    expect(entry!.request_id).toBeTruthy();
  });

  it('refuses staff of 沙市区 on an institution of 荆州区 with FORBIDDEN, changing nothing', async () => {
    const other = await institutionIn('421003');
    const res = await api.gql(UPDATE, { id: String(other.id), v: other.version, patch: { slots: other.slots + 1 } }, staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await institutionIn('421003')).toEqual(other);
  });

  it('answers a stale expectedVersion with CONFLICT carrying the current version and values', async () => {
    const target = await institutionIn('421002', 1);
    await api.gql(UPDATE, { id: String(target.id), v: target.version, patch: { enrolled: Math.max(0, target.enrolled - 1) } }, staff);
    const stale = await api.gql(UPDATE, { id: String(target.id), v: target.version, patch: { slots: target.slots + 3 } }, staff);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: target.version + 1, current: { slots: target.slots, version: target.version + 1 } });
    expect((await institutionIn('421002', 1)).slots).toBe(target.slots);
  });

  it('lets exactly one of 50 concurrent updates holding the same version win; the other 49 get CONFLICT and the row equals the winner', async () => {
    const target = await institutionIn('421002', 2);
    const attempts = Array.from({ length: 50 }, (_, i) =>
      api.gql<{ updateInstitution: Row }>(UPDATE, { id: String(target.id), v: target.version, patch: { slots: 1000 + i, enrolled: 0 } }, staff),
    );
    const results = await Promise.all(attempts);
    const winners = results.filter((r) => r.data?.updateInstitution);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const row = await institutionIn('421002', 2);
    expect(row.slots).toBe(winners[0]!.data!.updateInstitution.slots);
    expect(row.version).toBe(target.version + 1);
    const [audit] = await api.sql<{ n: string }>(`select count(*) n from audit_entry where entity_id = $1 and entity_type = 'Institution' and (after->>'version')::int = $2`, [target.id, target.version + 1]);
    expect(Number(audit!.n)).toBe(1);
  });

  it('rejects a negative slot count with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const target = await institutionIn('421002', 3);
    const res = await api.gql(UPDATE, { id: String(target.id), v: target.version, patch: { slots: -5 } }, staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.slots' });
    expect(await institutionIn('421002', 3)).toEqual(target);
  });

  it('rejects more children enrolled than slots with BAD_USER_INPUT on enrolled', async () => {
    const target = await institutionIn('421002', 3);
    const res = await api.gql(UPDATE, { id: String(target.id), v: target.version, patch: { enrolled: target.slots + 1 } }, staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.enrolled' });
    expect(await institutionIn('421002', 3)).toEqual(target);
  });

  it('rejects more than 10,000 slots, a blank name and an opening date in the future', async () => {
    const target = await institutionIn('421002', 3);
    const cases: [Record<string, unknown>, string][] = [
      [{ slots: 10_001 }, 'patch.slots'],
      [{ name: '   ' }, 'patch.name'],
      [{ openedOn: '2999-01-01' }, 'patch.openedOn'],
    ];
    for (const [patch, field] of cases) {
      const res = await api.gql(UPDATE, { id: String(target.id), v: target.version, patch }, staff);
      expect(res.errors?.[0]?.extensions, JSON.stringify(patch)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await institutionIn('421002', 3)).toEqual(target);
  });

  it('trims the strings it is given', async () => {
    const target = await institutionIn('421002', 4);
    const res = await api.gql<{ updateInstitution: Row }>(UPDATE, { id: String(target.id), v: target.version, patch: { name: '  沙市区试验托育园  ' } }, staff);
    expect(res.data?.updateInstitution.name).toBe('沙市区试验托育园');
  });

  it('creates, files and closes an institution, and only the open one counts towards the total', async () => {
    const before = await citySlots();
    const created = await api.gql<{ createInstitution: { id: string; version: number; filedOn: string | null } }>(
      `mutation($input: InstitutionInput!) { createInstitution(input: $input, reason: "新开园") { id version filedOn } }`,
      { input: { districtCode: '421002', name: '沙市区新开托育园', ownership: 'PRIVATE', slots: 60, enrolled: 12, ageClasses: ['TODDLER', 'PRESCHOOL'], address: '沙市区北京中路1号', openedOn: '2026-01-05' } },
      staff,
    );
    expect(created.errors).toBeUndefined();
    expect(await citySlots()).toBe(before + 60);
    const id = created.data!.createInstitution.id;
    const filed = await api.gql<{ fileInstitution: { version: number; filedOn: string } }>(
      `mutation($id: ID!, $v: Int!) { fileInstitution(id: $id, expectedVersion: $v, filedOn: "2026-02-01") { version filedOn } }`,
      { id, v: created.data!.createInstitution.version },
      staff,
    );
    expect(filed.data?.fileInstitution.filedOn).toBe('2026-02-01');
    const closed = await api.gql(
      `mutation($id: ID!, $v: Int!) { closeInstitution(id: $id, expectedVersion: $v, closedOn: "2026-03-01", reason: "停办") { closedOn } }`,
      { id, v: filed.data!.fileInstitution.version },
      staff,
    );
    expect(closed.errors).toBeUndefined();
    expect(await citySlots()).toBe(before);
    const history = await api.gql<{ institution: { history: { id: string; action: string; actorRole: string }[] } }>(
      `query($id: ID!) { institution(id: $id) { history { id action actorRole } } }`,
      { id },
      staff,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.institution.history.map((h) => h.action)).toEqual(['CLOSE', 'FILE', 'CREATE']);
    expect(history.data!.institution.history.every((h) => /^\d+$/.test(h.id))).toBe(true);
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    await expect(api.sql(`update audit_entry set reason = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });

  it('shows the audit log to analysts and to the city admin, newest first, and to nobody else', async () => {
    const query = `query($f: AuditFilter) { auditLog(filter: $f, first: 5) { totalCount edges { node { id action entityType actorRole } } } }`;
    const analyst = await api.gql<{ auditLog: { totalCount: number; edges: { node: { id: string } }[] } }>(query, { f: { cityCode: '421000' } }, await api.login('analyst'));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data?.auditLog.totalCount).toBeGreaterThan(0);
    const ids = analyst.data!.auditLog.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await api.gql(query, {}, await api.login('admin.jz'))).errors).toBeUndefined();
    expect((await api.gql(query, { f: { cityCode: '320700' } }, await api.login('admin.jz'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(query, {}, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(query, {}, await api.login('leader.jz'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(query, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
