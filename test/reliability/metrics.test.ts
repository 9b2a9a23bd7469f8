import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { collect, wsClient } from '../support/ws-client.js';

const METRICS_TOKEN = 'metrics-token-for-tests';
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ METRICS_TOKEN });
});
afterAll(() => api?.close());

async function scrape(): Promise<string> {
  const response = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample line, e.g. `careboard_graphql_errors_total{code="BAD_USER_INPUT"}`. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
}

describe('Prometheus metrics at /metrics', () => {
  it('refuses a scrape without the metrics token with 401', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('counts requests by route and status, and errors by code', async () => {
    const before = await scrape();
    await api.gql('{ cities { code } }');
    await api.gql('{ cities { nope } }');
    const after = await scrape();
    const ok = 'careboard_http_requests_total{route="/graphql",method="POST",status="200"}';
    expect(sample(after, ok) - sample(before, ok)).toBeGreaterThanOrEqual(1);
    const bad = 'careboard_graphql_errors_total{code="BAD_USER_INPUT"}';
    const validation = 'careboard_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}';
    expect(sample(after, bad) + sample(after, validation) - sample(before, bad) - sample(before, validation)).toBe(1);
    expect(after).toMatch(/careboard_http_request_duration_seconds_bucket\{le="0\.005",route="\/graphql"\}/);
  });

  it('shows live subscribers and how late change notices arrive', async () => {
    const client = wsClient(api.url);
    const screen = collect<{ cityOverview: { slots: number } }>(client, 'subscription { cityOverview(code: "421000") { slots } }');
    try {
      await screen.waitFor((m) => m.data?.cityOverview.slots !== undefined);
      await api.sql(`update institution set slots = slots + 1 where id = (select min(i.id) from institution i join district d on d.id = i.district_id where d.code = '421002')`);
      const first = screen.messages[0]!.data!.cityOverview.slots;
      await screen.waitFor((m) => m.data?.cityOverview.slots === first + 1);
      const text = await scrape();
      expect(sample(text, 'careboard_ws_connections')).toBe(1);
      expect(sample(text, 'careboard_shared_subscription_groups')).toBe(1);
      expect(sample(text, 'careboard_listen_connected')).toBe(1);
      expect(sample(text, 'careboard_notify_lag_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'careboard_overview_computations_total')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'careboard_process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      screen.stop();
      await client.dispose();
    }
  });
});

describe('/metrics in production without a metrics token', () => {
  it('is not served at all', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      expect((await fetch(`${production.url}/metrics`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
