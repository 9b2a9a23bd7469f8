import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType, parse, TypeInfo, validate, visit, visitWithTypeInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AuditEntry } from '../../server/src/audit/audit-entry.entity.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts.js';
import { freePort } from '../support/free-port.js';
import { admin, withDatabase } from '../support/global-setup.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { collect, wsClient } from '../support/ws-client.js';

// `pnpm dev` runs the server under tsx, which compiles without decorator metadata; the
// build (tsc) and vitest compile with it. A property whose mapping MikroORM inferred from
// that metadata then reads back as another JS type in development only: an audit id became
// a JS bigint there, and auditLog and history answered INTERNAL_SERVER_ERROR in `pnpm dev`
// alone. So: start the server exactly as `pnpm dev` does, and the in-process test server
// (vitest compiles it with metadata, as tsc compiles the build) on an identical copy of the
// database; run the same operations on both, one step at a time, covering every field of
// every output type in the schema; require no error and the same answers. What differs by
// nature between the two runs (instants from now on, tokens, request ids) is normalised.
// The mapping itself is compared property by property in server/src/db/entities.test.ts.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CITY = '421000';
const DISTRICT = '421002';

// ---------------------------------------------------------------------------------------
// Operations

const FRAGMENTS: Record<string, string> = {
  CityFields: `fragment CityFields on City { id code name nameEn province population childrenUnder3 slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000 createdAt updatedAt version }`,
  DistrictFields: `fragment DistrictFields on District { id code name nameEn kind population childrenUnder3 residents60Plus slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000 createdAt updatedAt version }`,
  DistrictFiguresFields: `fragment DistrictFiguresFields on DistrictFigures { code name nameEn kind population childrenUnder3 residents60Plus slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000 elderlyCareBeds bedsPer1000Elderly }`,
  TargetFields: `fragment TargetFields on Target { id title kind scopeCode indicatorKey unit startsOn deadline baseline targetValue currentValue progress expectedProgress onTrack gapPoints pace coverage { covered total } coverageUnit version }`,
  IndicatorCardFields: `fragment IndicatorCardFields on IndicatorCard { key nameZh nameEn category unit higherIsBetter value yearAgoValue frequency period live }`,
  OverviewFields: `fragment OverviewFields on CityOverview {
    code name nameEn province asOf generatedAt lastChangedAt recordsBeginAt population childrenUnder3 residents60Plus slots slotsChange slotsYearAgo slotsPer1000
    enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount elderlyCareBeds bedsPer1000Elderly
    districts { ...DistrictFiguresFields } indicators { ...IndicatorCardFields } targets { ...TargetFields }
  }`,
  InstitutionFields: `fragment InstitutionFields on Institution {
    id name ownership inclusive filedOn demonstrationLevel pilotLevel slots enrolled ageClasses address openedOn closedOn createdAt updatedAt version district { code name } township { code name }
  }`,
  TownshipFields: `fragment TownshipFields on Township { id code name nameEn kind population childrenUnder3 populationNote slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000 covered createdAt updatedAt version }`,
  AuditEntryFields: `fragment AuditEntryFields on AuditEntry { id at actorName actorRole action entityType entityId before after reason requestId }`,
  PageInfoFields: `fragment PageInfoFields on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }`,
  IndicatorFields: `fragment IndicatorFields on IndicatorDefinition { id key nameZh nameEn category unit definition formula source frequency computation higherIsBetter createdAt updatedAt version }`,
  UserFields: `fragment UserFields on User { id username displayName role cityCode districtCodes disabled lastLoginAt createdAt updatedAt version }`,
  DisplayTokenFields: `fragment DisplayTokenFields on DisplayToken { id name createdAt updatedAt lastUsedAt revokedAt version }`,
  AuthPayloadFields: `fragment AuthPayloadFields on AuthPayload { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { ...UserFields } }`,
  ImportReportFields: `fragment ImportReportFields on ImportReport { dryRun committed encoding validRowCount importedCount errorCount errors { row column message } }`,
  RecordedValueFields: `fragment RecordedValueFields on RecordedValue { indicatorKey scopeCode period value sourceNote updatedAt version }`,
  ChangeFeedEventFields: `fragment ChangeFeedEventFields on ChangeFeedEvent { seq at kind op entityId title districtCode districtName actorRole changes { field label before after } }`,
};

/** An operation with the fragments it spreads (and they spread), as GraphQL wants: no unused one. */
function operation(body: string): string {
  const used = new Set<string>();
  const pending = [body];
  while (pending.length > 0) {
    for (const [, name] of pending.pop()!.matchAll(/\.\.\.\s*(\w+)/g)) {
      if (used.has(name!)) continue;
      if (!FRAGMENTS[name!]) throw new Error(`no fragment ${name}`);
      used.add(name!);
      pending.push(FRAGMENTS[name!]!);
    }
  }
  return [body, ...[...used].map((name) => FRAGMENTS[name]!)].join('\n');
}

/** What each earlier step answered on the same server, by step name. */
type Answers = Map<string, unknown>;

/** A value inside an earlier step's answer, e.g. at(a, 'page', 'institutions', 'edges', 0). */
function at(answers: Answers, step: string, ...keys: (string | number)[]): unknown {
  let value: unknown = answers.get(step);
  if (value === undefined) throw new Error(`step "${step}" has not answered`);
  for (const key of keys) value = (value as Record<string | number, unknown> | null)?.[key];
  return value;
}

interface Step {
  name: string;
  /** The demo account that runs it; anonymous when absent. */
  as?: string;
  query: string;
  variables?: (answers: Answers) => Record<string, unknown>;
  /** The error code this step is meant to answer with. */
  error?: string;
}

const ADMIN = 'admin.jz';
const UPDATE_INSTITUTION = operation(`mutation($id: ID!, $v: Int!, $patch: InstitutionPatch!, $reason: String) {
  updateInstitution(id: $id, expectedVersion: $v, patch: $patch, reason: $reason) { ...InstitutionFields }
}`);
const editedId = (a: Answers) => at(a, 'the first page of inclusive institutions', 'institutions', 'edges', 0, 'node', 'id');

/** Every query and mutation of the walk-through, in order; later steps read earlier answers. */
function steps(asOf: string, today: string, csv: { institutions: string; values: string }): Step[] {
  return [
    { name: 'sign in', query: operation('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ...AuthPayloadFields } }'), variables: () => ({ u: ADMIN, p: DEMO_PASSWORD }) },
    { name: 'me', as: ADMIN, query: '{ me { id kind name role cityCode districtCodes } }' },
    { name: 'the city overview', query: operation(`{ cityOverview(code: "${CITY}") { ...OverviewFields } }`) },
    { name: 'the city overview as of a moment ago', query: operation(`query($asOf: DateTime) { cityOverview(code: "${CITY}", asOf: $asOf) { ...OverviewFields } }`), variables: () => ({ asOf }) },
    {
      name: 'every city with its districts and targets',
      query: operation('{ cities { ...CityFields districts { ...DistrictFields } targets { ...TargetFields } } }'),
    },
    { name: 'a city as of a moment ago', query: operation(`query($asOf: DateTime) { city(code: "${CITY}", asOf: $asOf) { ...CityFields targets { ...TargetFields } } }`), variables: () => ({ asOf }) },
    {
      name: 'a district with its city and largest institutions',
      as: ADMIN,
      query: operation(`{ district(code: "${DISTRICT}") { ...DistrictFields city { code name } institutions(first: 5, orderBy: { field: SLOTS, direction: DESC }) { ...InstitutionFields } } }`),
    },
    {
      name: 'a district’s townships, and one township by its code',
      query: operation(`{ district(code: "${DISTRICT}") { code townships { ...TownshipFields district { code } } } township(code: "421002101") { ...TownshipFields } }`),
    },
    {
      name: 'a district’s townships as of a moment ago',
      query: operation(`query($asOf: DateTime) { district(code: "${DISTRICT}", asOf: $asOf) { townships { code slots covered } } township(code: "421002101", asOf: $asOf) { code slots } }`),
      variables: () => ({ asOf }),
    },
    {
      name: 'the first page of inclusive institutions',
      as: ADMIN,
      query: operation(`{ institutions(filter: { cityCode: "${CITY}", inclusive: true }, orderBy: { field: SLOTS, direction: DESC }, first: 20) {
        totalCount edges { cursor node { ...InstitutionFields } } pageInfo { ...PageInfoFields } } }`),
    },
    {
      name: 'the second page of inclusive institutions',
      as: ADMIN,
      query: operation(`query($after: String) { institutions(filter: { cityCode: "${CITY}", inclusive: true }, orderBy: { field: SLOTS, direction: DESC }, first: 20, after: $after) {
        totalCount edges { cursor node { ...InstitutionFields } } pageInfo { ...PageInfoFields } } }`),
      variables: (a) => ({ after: at(a, 'the first page of inclusive institutions', 'institutions', 'pageInfo', 'endCursor') }),
    },
    {
      name: 'unfiled open institutions of the district',
      as: ADMIN,
      query: operation(`{ institutions(filter: { districtCode: "${DISTRICT}", filed: false }, orderBy: { field: NAME, direction: ASC }, first: 2) { edges { node { ...InstitutionFields } } } }`),
    },
    { name: 'the indicator dictionary', query: operation('{ indicators { ...IndicatorFields } }') },
    { name: 'the monthly series of childcare slots of the city', query: `{ indicatorSeries(key: "childcare_slots", scopeCode: "${CITY}", from: "2022-01-01", to: "${today}", granularity: MONTH) { period value live } }` },
    { name: 'the quarterly series of elderly-care beds of the district', query: `{ indicatorSeries(key: "elderly_care_beds", scopeCode: "${DISTRICT}", from: "2020-01-01", to: "${today}", granularity: QUARTER) { period value live } }` },
    { name: 'the users of the city', as: ADMIN, query: operation('{ users { ...UserFields } }') },

    // Edits by the city admin, then what they left behind.
    {
      name: 'an edit of an institution',
      as: ADMIN,
      query: UPDATE_INSTITUTION,
      variables: (a) => ({
        id: editedId(a),
        v: at(a, 'the first page of inclusive institutions', 'institutions', 'edges', 0, 'node', 'version'),
        patch: { slots: Number(at(a, 'the first page of inclusive institutions', 'institutions', 'edges', 0, 'node', 'slots')) + 7, ageClasses: ['TODDLER', 'PRESCHOOL'], address: '荆州市开发模式对照路 1 号' },
        reason: '开发模式对照 / dev-mode comparison',
      }),
    },
    {
      name: 'a stale edit of the same institution',
      as: ADMIN,
      error: 'CONFLICT',
      query: UPDATE_INSTITUTION,
      variables: (a) => ({ id: editedId(a), v: at(a, 'the first page of inclusive institutions', 'institutions', 'edges', 0, 'node', 'version'), patch: { enrolled: 0 } }),
    },
    {
      name: 'filing an institution',
      as: ADMIN,
      query: operation('mutation($id: ID!, $v: Int!, $on: LocalDate!) { fileInstitution(id: $id, expectedVersion: $v, filedOn: $on, reason: "备案 / filed") { ...InstitutionFields } }'),
      variables: (a) => {
        const node = at(a, 'unfiled open institutions of the district', 'institutions', 'edges', 0, 'node') as { id: string; version: number; openedOn: string };
        return { id: node.id, v: node.version, on: node.openedOn };
      },
    },
    {
      name: 'closing an institution',
      as: ADMIN,
      query: operation('mutation($id: ID!, $v: Int!, $on: LocalDate!) { closeInstitution(id: $id, expectedVersion: $v, closedOn: $on, reason: "停办 / closed") { ...InstitutionFields } }'),
      variables: (a) => {
        const node = at(a, 'unfiled open institutions of the district', 'institutions', 'edges', 1, 'node') as { id: string; version: number };
        return { id: node.id, v: node.version, on: today };
      },
    },
    {
      name: 'creating an institution',
      as: ADMIN,
      query: operation('mutation($input: InstitutionInput!) { createInstitution(input: $input, reason: "新建 / new") { ...InstitutionFields } }'),
      variables: () => ({
        input: { name: '开发模式对照托育园', districtCode: DISTRICT, townshipCode: '421002101', ownership: 'COMMUNITY', inclusive: true, slots: 60, enrolled: 41, ageClasses: ['INFANT'], address: '荆州市开发模式对照路 2 号', openedOn: '2024-09-01' },
      }),
    },
    {
      name: 'the edited institution with its history',
      as: ADMIN,
      query: operation('query($id: ID!) { institution(id: $id) { ...InstitutionFields history { ...AuditEntryFields } } }'),
      variables: (a) => ({ id: editedId(a) }),
    },
    {
      name: 'the audit log of the edited institution',
      as: ADMIN,
      query: operation('query($id: Int) { auditLog(filter: { entityType: "Institution", entityId: $id }, first: 5) { totalCount edges { cursor node { ...AuditEntryFields } } pageInfo { ...PageInfoFields } } }'),
      variables: (a) => ({ id: Number(editedId(a)) }),
    },
    {
      name: 'recording an indicator value with decimals',
      as: ADMIN,
      query: operation('mutation($input: IndicatorValueInput!) { recordIndicatorValue(input: $input, reason: "补录 / late figure") { ...RecordedValueFields } }'),
      variables: () => ({ input: { indicatorKey: 'childcare_vouchers', scopeCode: DISTRICT, period: '2017-06-30', value: 123.4567, sourceNote: '开发模式对照 / dev-mode comparison' } }),
    },
    {
      name: 'importing indicator values from CSV',
      as: ADMIN,
      query: operation('mutation($file: String!) { importIndicatorValues(file: $file, dryRun: false, reason: "导入 / import") { ...ImportReportFields } }'),
      variables: () => ({ file: csv.values }),
    },
    { name: 'the yearly series of childcare vouchers of the district, recorded and imported', query: `{ indicatorSeries(key: "childcare_vouchers", scopeCode: "${DISTRICT}", from: "2015-01-01", to: "${today}", granularity: YEAR) { period value live } }` },
    {
      name: 'checking an institutions CSV without importing it',
      as: ADMIN,
      query: operation('mutation($file: String!) { importInstitutions(file: $file, dryRun: true) { ...ImportReportFields } }'),
      variables: () => ({ file: csv.institutions }),
    },
    {
      name: 'creating a target',
      as: ADMIN,
      query: operation('mutation($input: TargetInput!) { createTarget(input: $input, reason: "新目标 / new target") { ...TargetFields } }'),
      variables: () => ({
        input: { scopeCode: DISTRICT, indicatorKey: 'childcare_slots', title: '开发模式对照目标', kind: 'INCREASE', startsOn: '2026-01-01', deadline: '2027-12-31', baseline: 1000.25, targetValue: 150.5 },
      }),
    },
    {
      name: 'changing that target',
      as: ADMIN,
      query: operation('mutation($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, patch: { targetValue: 175.75, title: "开发模式对照目标（调整）" }) { ...TargetFields } }'),
      variables: (a) => ({ id: at(a, 'creating a target', 'createTarget', 'id'), v: at(a, 'creating a target', 'createTarget', 'version') }),
    },
    {
      name: 'a city’s pace thresholds, its targets with their district parts and a district’s targets',
      query: operation(`{ city(code: "${CITY}") { paceThresholds { behindFrom farBehindFrom version } targets { ...TargetFields parts { ...TargetFields parent { id title } } } } district(code: "${DISTRICT}") { targets { ...TargetFields parent { id } } } }`),
    },
    {
      name: 'creating a coverage target',
      as: ADMIN,
      query: operation('mutation($input: TargetInput!) { createTarget(input: $input) { ...TargetFields } }'),
      variables: () => ({
        input: { scopeCode: CITY, indicatorKey: 'inclusive_institutions', title: '开发模式对照覆盖率', kind: 'COVERAGE', coverageUnit: 'TOWNSHIP', startsOn: '2026-01-01', deadline: '2027-12-31', baseline: 10.5, targetValue: 100 },
      }),
    },
    {
      name: 'splitting a city target into district parts',
      as: ADMIN,
      query: operation('mutation($id: ID!, $v: Int!, $parts: [TargetPartInput!]!) { setTargetParts(id: $id, expectedVersion: $v, parts: $parts, reason: "分解 / split") { ...TargetFields parts { ...TargetFields } } }'),
      variables: (a) => {
        const target = (at(a, 'a city’s pace thresholds, its targets with their district parts and a district’s targets', 'city', 'targets') as { id: string; version: number; title: string }[]).find((t) => t.title === '2026年新增普惠托位800个')!;
        return { id: target.id, v: target.version, parts: [{ districtCode: DISTRICT, targetValue: 500.5, baseline: 2400 }, { districtCode: '421003', targetValue: 299.5, baseline: 1500.25 }] };
      },
    },
    {
      name: 'changing the pace thresholds',
      as: ADMIN,
      query: `mutation { setPaceThresholds(cityCode: "${CITY}", expectedVersion: 0, behindFrom: 7.5, farBehindFrom: 25, reason: "更严 / stricter") { behindFrom farBehindFrom version } }`,
    },
    {
      name: 'creating a staff account',
      as: ADMIN,
      query: operation('mutation($input: UserInput!) { createUser(input: $input, reason: "新同事 / new colleague") { ...UserFields } }'),
      variables: () => ({ input: { username: 'devmode.staff', displayName: '开发模式对照员', password: 'dev-mode-comparison-2026', role: 'STAFF', districtCodes: [DISTRICT] } }),
    },
    {
      name: 'disabling that account',
      as: ADMIN,
      query: operation('mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, patch: { disabled: true, displayName: "开发模式对照员（停用）" }) { ...UserFields } }'),
      variables: (a) => ({ id: at(a, 'creating a staff account', 'createUser', 'id'), v: at(a, 'creating a staff account', 'createUser', 'version') }),
    },
    {
      name: 'issuing a screen token',
      as: ADMIN,
      query: operation(`mutation { issueDisplayToken(cityCode: "${CITY}", name: "开发模式对照屏") { token displayToken { ...DisplayTokenFields } } }`),
    },
    {
      name: 'revoking that screen token',
      as: ADMIN,
      query: operation('mutation($id: ID!) { revokeDisplayToken(id: $id) { ...DisplayTokenFields } }'),
      variables: (a) => ({ id: at(a, 'issuing a screen token', 'issueDisplayToken', 'displayToken', 'id') }),
    },
    { name: 'the screen tokens of the city', as: ADMIN, query: operation(`{ displayTokens(cityCode: "${CITY}") { ...DisplayTokenFields } }`) },
    {
      name: 'the first page of the city audit log',
      as: ADMIN,
      query: operation(`{ auditLog(filter: { cityCode: "${CITY}" }, first: 8) { totalCount edges { cursor node { ...AuditEntryFields } } pageInfo { ...PageInfoFields } } }`),
    },
    {
      name: 'the second page of the city audit log',
      as: ADMIN,
      query: operation(`query($after: String) { auditLog(filter: { cityCode: "${CITY}" }, first: 8, after: $after) { totalCount edges { cursor node { ...AuditEntryFields } } pageInfo { ...PageInfoFields } } }`),
      variables: (a) => ({ after: at(a, 'the first page of the city audit log', 'auditLog', 'pageInfo', 'endCursor') }),
    },
    { name: 'the city overview after the edits', query: operation(`{ cityOverview(code: "${CITY}") { ...OverviewFields } }`) },
    { name: 'the users after the edits', as: ADMIN, query: operation('{ users { ...UserFields } }') },
    {
      name: 'renewing the session',
      query: operation('mutation($t: String!) { refreshToken(refreshToken: $t) { ...AuthPayloadFields } }'),
      variables: (a) => ({ t: at(a, 'sign in', 'login', 'refreshToken') }),
    },
    { name: 'signing out', query: 'mutation($t: String!) { logout(refreshToken: $t) }', variables: (a) => ({ t: at(a, 'renewing the session', 'refreshToken', 'refreshToken') }) },
  ];
}

const SUBSCRIPTIONS = {
  overview: operation(`subscription { cityOverview(code: "${CITY}") { ...OverviewFields } }`),
  feed: operation(`subscription($backlog: Int!) { changeFeed(cityCode: "${CITY}", backlog: $backlog) { ...ChangeFeedEventFields } }`),
  institution: operation(`subscription { institutionChanged(districtCode: "${DISTRICT}") { ...InstitutionFields } }`),
};

// ---------------------------------------------------------------------------------------
// Two servers on identical databases

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

interface Side {
  label: string;
  url: string;
  answers: Answers;
  tokens: Map<string, string>;
}

async function post(side: Side, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(`${side.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The change-feed listeners a server has registered, from its /metrics. */
async function feedListeners(side: Side): Promise<number> {
  const text = await (await fetch(`${side.url}/metrics`)).text();
  const value = /^careboard_live_feed_listeners (\d+)$/m.exec(text)?.[1];
  if (value === undefined) throw new Error(`${side.label}: /metrics has no careboard_live_feed_listeners`);
  return Number(value);
}

async function tokenOf(side: Side, username: string): Promise<string> {
  const cached = side.tokens.get(username);
  if (cached) return cached;
  const { body } = await post(side, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: username, p: DEMO_PASSWORD });
  const token = (body.data as { login?: { accessToken: string } } | null)?.login?.accessToken;
  if (!token) throw new Error(`${side.label}: login ${username} failed: ${JSON.stringify(body.errors)}`);
  side.tokens.set(username, token);
  return token;
}

async function run(side: Side, step: Step): Promise<Answer> {
  const answer = await post(side, step.query, step.variables?.(side.answers) ?? {}, step.as ? await tokenOf(side, step.as) : undefined);
  side.answers.set(step.name, answer.body.data);
  return answer;
}

let startedAt = 0;
const SECRETS = new Set(['accessToken', 'refreshToken', 'token']);
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)$/;

/**
 * An answer with what differs by nature between two runs made one after the other: instants
 * from this test's run on (the seeded ones stay, and must match), tokens and request ids.
 */
function normalise(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  if (typeof value === 'string') {
    if (key !== undefined && SECRETS.has(key)) return '<token>';
    if (key === 'requestId') return '<request id>';
    if (INSTANT.test(value) && Date.parse(value.replace(' ', 'T')) >= startedAt) return '<an instant during this test>';
  }
  return value;
}

let dev: ChildProcess | undefined;
let devOutput = '';
let devDatabase = '';
let dataDir = '';
let reference: TestServer | undefined;
let devSide: Side;
let referenceSide: Side;

async function startDevServer(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  devDatabase = `careboard_dev_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, [`create database "${devDatabase}" template "${inject('templateDatabase')}"`]);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-dev-mode-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  // As a developer's shell runs it, with a database given: no NODE_ENV (vitest sets "test"),
  // the JWT secret kept in the data folder. No dashboard, as the in-process server has none.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: withDatabase(serverUrl, devDatabase), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DASHBOARD_DIST: '/nonexistent', LOG_LEVEL: 'warn' };
  delete env.NODE_ENV;
  delete env.JWT_SECRET;
  dev = spawn('pnpm', ['dev'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => (devOutput = (devOutput + chunk.toString()).slice(-20_000));
  dev.stdout!.on('data', keep);
  dev.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 100))) {
    if (dev.exitCode !== null) throw new Error(`pnpm dev exited:\n${devOutput}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return url;
    if (Date.now() > deadline) throw new Error(`pnpm dev was not ready within 60 s:\n${devOutput}`);
  }
}

beforeAll(async () => {
  startedAt = Date.now();
  const [devUrl, ref] = await Promise.all([startDevServer(), startTestServer({ EXPOSE_SQL_STATS: 'false', LOG_LEVEL: 'warn' })]);
  reference = ref;
  devSide = { label: 'pnpm dev', url: devUrl, answers: new Map(), tokens: new Map() };
  referenceSide = { label: 'in-process', url: ref.url, answers: new Map(), tokens: new Map() };
}, 90_000);

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  }
  // The whole group: pnpm, tsx watch and the server it runs, whichever is still there.
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await reference?.close();
  if (devDatabase) await admin(inject('pgServerUrl'), [`drop database if exists "${devDatabase}" with (force)`]).catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** What the `pnpm dev` server logged (warnings and errors, with their stacks), for a failed test. */
function showDevLog(): void {
  console.error(`--- pnpm dev's log, last part ---\n${devOutput.slice(-6_000)}`);
}

/** Today in the cities' calendar, as the server counts days. */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Recorded figures as Excel saves them, decimals and a thousands separator included. */
const VALUES_CSV = [
  '\uFEFF指标,区县/城市,期间,数值,备注',
  'elderly_care_beds,421002,2024-03,"4,860.5",民政局季报',
  '老年助餐点数,荆州市,2024-01-31,126,"含农村互助点, 36 个"',
  'childcare_vouchers,421002,2016-06,88.125,单位：万元',
].join('\r\n');

async function fixture(name: string): Promise<string> {
  return (await readFile(path.join(repoRoot, 'server', 'src', 'import', 'fixtures', name))).toString('base64');
}

// ---------------------------------------------------------------------------------------

describe('the server as `pnpm dev` runs it (tsx, no decorator metadata)', () => {
  it('answers every query and mutation of a walk-through over all entities exactly as a server compiled with decorator metadata does, without an error', async ({ onTestFailed }) => {
    onTestFailed(showDevLog);
    // The in-process server is compiled by vitest with decorator metadata, as tsc builds it: else this compares nothing.
    expect(Reflect.getMetadata('design:type', AuditEntry.prototype, 'actorName')).toBe(String);
    const walk = steps(new Date(startedAt - 1_000).toISOString(), todayInChina(), { institutions: await fixture('shashi-institutions.csv'), values: Buffer.from(VALUES_CSV).toString('base64') });
    for (const step of walk) {
      // One step at a time on both, so that both databases see the same writes in the same order.
      const [fromDev, fromCompiled] = await Promise.all([run(devSide, step), run(referenceSide, step)]);
      const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);
      // Soft: one run lists every step that differs, not just the first.
      expect.soft(codes(fromCompiled), `the in-process server's answer to "${step.name}": ${JSON.stringify(fromCompiled.body.errors)}`).toEqual(step.error ? [step.error] : []);
      expect.soft(codes(fromDev), `pnpm dev's answer to "${step.name}": ${JSON.stringify(fromDev.body.errors)}`).toEqual(step.error ? [step.error] : []);
      expect.soft(normalise(fromDev), `pnpm dev's answer to "${step.name}"`).toEqual(normalise(fromCompiled));
    }
  });

  it('sends the same subscription messages over graphql-ws as a server compiled with decorator metadata: the wall snapshot, the change feed backlog and a changed institution', async ({ onTestFailed }) => {
    onTestFailed(showDevLog);
    // The backlog: every event the walk-through above left in the city's feed (the seed leaves none).
    const [row] = await reference!.sql<{ n: number }>(`select count(*)::int n from change_event where city_id = (select id from city where code = $1)`, [CITY]);
    const n = row!.n;
    expect(n, 'events the walk-through left in the feed').toBeGreaterThan(0);
    const backlogSize = Math.min(n, 100);
    async function subscriptions(side: Side) {
      const client = wsClient(side.url, { connectionParams: { token: await tokenOf(side, ADMIN) } });
      try {
        const registered = await feedListeners(side);
        const overview = collect(client, SUBSCRIPTIONS.overview);
        const feed = collect(client, SUBSCRIPTIONS.feed, { backlog: backlogSize });
        const changed = collect<{ institutionChanged: { id: string } }>(client, SUBSCRIPTIONS.institution);
        const snapshot = await overview.waitFor(() => true, 10_000);
        await feed.waitFor(() => feed.messages.length >= backlogSize, 10_000);
        const backlog = feed.messages.slice(0, backlogSize);
        // institutionChanged sends nothing first: the edit waits until the server has
        // registered it (and changeFeed) with the change feed.
        await expect.poll(() => feedListeners(side), { timeout: 10_000 }).toBe(registered + 2);
        const id = at(side.answers, 'creating an institution', 'createInstitution', 'id');
        const edit = await post(side, UPDATE_INSTITUTION, { id, v: at(side.answers, 'creating an institution', 'createInstitution', 'version'), patch: { enrolled: 42 } }, await tokenOf(side, ADMIN));
        expect(edit.body.errors, `${side.label}: the edit`).toBeUndefined();
        const pushed = await changed.waitFor((m) => m.data?.institutionChanged.id === id || !!m.errors, 10_000);
        for (const c of [overview, feed, changed]) c.stop();
        return { snapshot, backlog, pushed };
      } finally {
        await client.dispose();
      }
    }
    const [fromDev, fromCompiled] = await Promise.all([subscriptions(devSide), subscriptions(referenceSide)]);
    for (const [name, message] of Object.entries(fromCompiled)) {
      expect([message].flat().flatMap((m) => m.errors ?? []), `the in-process server's ${name}`).toEqual([]);
    }
    const devErrors = [fromDev.snapshot, ...fromDev.backlog, fromDev.pushed].flatMap((m) => m.errors ?? []);
    expect(devErrors, `pnpm dev's messages: ${JSON.stringify(devErrors).slice(0, 600)}`).toEqual([]);
    expect(normalise(fromDev.snapshot), 'the cityOverview snapshot').toEqual(normalise(fromCompiled.snapshot));
    expect(normalise(fromDev.backlog), 'the changeFeed backlog').toEqual(normalise(fromCompiled.backlog));
    expect(normalise(fromDev.pushed), 'the institutionChanged message').toEqual(normalise(fromCompiled.pushed));
  });
});

describe('the walk-through of the server as `pnpm dev` runs it', () => {
  it('selects every field of every output type of the schema, roots included, so that a new field is compared too', async () => {
    const schema = buildSchema(await readFile(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));
    const documents = [...steps('', '', { institutions: '', values: '' }).map((s) => s.query), ...Object.values(SUBSCRIPTIONS)];
    const selected = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    for (const source of documents) {
      const document = parse(source);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      visit(document, visitWithTypeInfo(typeInfo, { Field: (node) => void selected.add(`${typeInfo.getParentType()?.name}.${node.name.value}`) }));
    }
    const all = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) && !type.name.startsWith('__') ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((field) => !selected.has(field))).toEqual([]);
  });
});
