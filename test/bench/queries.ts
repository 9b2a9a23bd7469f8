// The two queries of the throughput section, as our server and PostGraphile spell them, and
// the checks that both answer the same figures: a benchmark of two servers returning
// different data would compare nothing.
import { WALL_OVERVIEW } from '../../dashboard/src/wall/graphql/operations.js';

/** Jingzhou: the demo city the wall shows. */
export const CITY_CODE = '421000';
export const PAGE_SIZE = 50;

/** The wall's own selection, sent as a query over HTTP instead of a subscription. */
export const OUR_OVERVIEW = WALL_OVERVIEW.replace(/^\s*subscription\b/, 'query');

/** The same figures from the careboard_peer functions, in one request (peer-schema.sql). */
export const PEER_OVERVIEW = /* GraphQL */ `
  query WallOverview($code: String!) {
    wallCity(cityCode: $code) {
      code name nameEn population childrenUnder3 residents60Plus
      slots slotsYearAgo slotsChange enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount
      slotsPer1000 elderlyCareBeds bedsPer1000Elderly lastChangedAt
    }
    wallDistricts(cityCode: $code) {
      nodes {
        code name nameEn kind population slots enrolled institutionCount filedInstitutionCount
        inclusiveInstitutionCount slotsPer1000 elderlyCareBeds bedsPer1000Elderly
      }
    }
    wallTargets(cityCode: $code) {
      nodes {
        rowId title kind indicatorKey unit deadline baseline targetValue currentValue progress expectedProgress onTrack
      }
    }
    wallIndicators(cityCode: $code) {
      nodes { key nameZh nameEn category unit higherIsBetter value yearAgoValue }
    }
  }
`;

/** The first page of the city's open institutions, largest first, with district names. */
export const OUR_INSTITUTIONS = /* GraphQL */ `
  query InstitutionsPage($code: String!, $first: Int!) {
    institutions(filter: { cityCode: $code }, orderBy: { field: SLOTS, direction: DESC }, first: $first) {
      edges { node { id name slots district { name } } }
    }
  }
`;

/** Ours breaks ties on the id in the direction of the order; so does this. */
export const PEER_INSTITUTIONS = /* GraphQL */ `
  query InstitutionsPage($code: String!, $first: Int!) {
    openInstitutions(cityCode: $code, orderBy: [SLOTS_DESC, ROW_ID_DESC], first: $first) {
      edges { node { rowId name slots districtByDistrictId { name } } }
    }
  }
`;

export const OVERVIEW_VARIABLES = { code: CITY_CODE };
export const PAGE_VARIABLES = { code: CITY_CODE, first: PAGE_SIZE };

// ── Comparison ────────────────────────────────────────────────────────────────────────────

type Scalar = string | number | boolean | null;
type Rows = Record<string, Scalar>[];
/** An answer reduced to plain figures: named lists of flat rows. */
type Figures = Record<string, Rows>;

/** A GraphQL response body: `data` without `errors`, else it throws. */
export function dataOf(body: unknown): Record<string, unknown> {
  const response = body as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? 'no data')}`);
  return response.data;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: not an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: not a list`);
  return value;
}

/** Scalars kept, renamed where the two schemas differ; instants become epoch milliseconds. */
function flat(value: unknown, where: string, rename: Record<string, string> = {}, instants: string[] = []): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, field] of Object.entries(record(value, where))) {
    if (field !== null && typeof field === 'object') continue;
    const name = rename[key] ?? key;
    out[name] = instants.includes(key) && typeof field === 'string' ? Date.parse(field) : (field as Scalar);
  }
  return out;
}

function normaliseOurOverview(body: unknown): Figures {
  const overview = record(dataOf(body).cityOverview, 'cityOverview');
  // generatedAt is when the answer was computed: it differs by nature, and the peer has none.
  const { generatedAt: _generatedAt, ...city } = flat(overview, 'cityOverview', {}, ['lastChangedAt']);
  return {
    city: [city],
    districts: list(overview.districts, 'districts').map((d) => flat(d, 'district')),
    // Ours serialises the ID type as a string.
    targets: list(overview.targets, 'targets').map((t) => {
      const row = flat(t, 'target');
      return { ...row, id: Number(row.id) };
    }),
    indicators: list(overview.indicators, 'indicators').map((c) => flat(c, 'indicator')),
  };
}

function nodes(data: Record<string, unknown>, field: string): unknown[] {
  return list(record(data[field], field).nodes, `${field}.nodes`);
}

function normalisePeerOverview(body: unknown): Figures {
  const data = dataOf(body);
  return {
    city: [flat(data.wallCity, 'wallCity', {}, ['lastChangedAt'])],
    districts: nodes(data, 'wallDistricts').map((d) => flat(d, 'district')),
    // With the Node interface on, PostGraphile calls a row's own id column rowId.
    targets: nodes(data, 'wallTargets').map((t) => flat(t, 'target', { rowId: 'id' })),
    indicators: nodes(data, 'wallIndicators').map((c) => flat(c, 'indicator')),
  };
}

function normaliseOurPage(body: unknown): Figures {
  const edges = list(record(dataOf(body).institutions, 'institutions').edges, 'edges');
  return {
    institutions: edges.map((edge) => {
      const node = record(record(edge, 'edge').node, 'node');
      return { id: Number(node.id), name: node.name as Scalar, slots: node.slots as Scalar, district: record(node.district, 'district').name as Scalar };
    }),
  };
}

function normalisePeerPage(body: unknown): Figures {
  const edges = list(record(dataOf(body).openInstitutions, 'openInstitutions').edges, 'edges');
  return {
    institutions: edges.map((edge) => {
      const node = record(record(edge, 'edge').node, 'node');
      return { id: node.rowId as Scalar, name: node.name as Scalar, slots: node.slots as Scalar, district: record(node.districtByDistrictId, 'district').name as Scalar };
    }),
  };
}

/** Equal, or for numbers within 1e-6 of each other relatively. */
function same(a: Scalar | undefined, b: Scalar | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

/** Row by row, in order (order is part of the answer: the wall ranks and lists). */
export function compareFigures(ours: Figures, peer: Figures): string[] {
  const differences: string[] = [];
  for (const section of new Set([...Object.keys(ours), ...Object.keys(peer)])) {
    const a = ours[section] ?? [];
    const b = peer[section] ?? [];
    if (a.length !== b.length) differences.push(`${section}: ${a.length} rows (ours) vs ${b.length} (PostGraphile)`);
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const [x, y] = [a[i]!, b[i]!];
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (!same(x[key], y[key])) differences.push(`${section}[${i}].${key}: ${JSON.stringify(x[key])} (ours) vs ${JSON.stringify(y[key])} (PostGraphile)`);
      }
    }
  }
  return differences;
}

/** Differences between the two overview answers (response bodies); empty when they agree. */
export function sameOverview(ours: unknown, peer: unknown): string[] {
  return compareFigures(normaliseOurOverview(ours), normalisePeerOverview(peer));
}

/** Differences between the two institution pages (response bodies); empty when they agree. */
export function sameInstitutionsPage(ours: unknown, peer: unknown): string[] {
  return compareFigures(normaliseOurPage(ours), normalisePeerPage(peer));
}
